namespace PartnerBot.Understanding;

/// <summary>What a customer message asks the bot to do first (the corpus's kinds).</summary>
public enum MessageKind
{
    /// <summary>Nothing the bot can act on was recognised.</summary>
    None,

    /// <summary>Gives data or answers the question on screen.</summary>
    Answer,

    /// <summary>A question for the business ("Machen Sie auch Hausbesuche?").</summary>
    Question,

    /// <summary>A question about the bot's question ("Was meinen Sie damit genau?").</summary>
    Clarification,

    /// <summary>Wants a person.</summary>
    Human,

    /// <summary>Wants to be called.</summary>
    Callback,

    /// <summary>An order or support problem, anger.</summary>
    Complaint,

    /// <summary>Greeting or small talk.</summary>
    Greeting,

    /// <summary>Who or what the bot is.</summary>
    AboutBot,

    /// <summary>Offers du / tutoyer.</summary>
    OfferDu,

    /// <summary>Wants to go on.</summary>
    Resume,

    /// <summary>What happens with the data, why it is asked.</summary>
    Privacy,

    /// <summary>A command (<see cref="Understood.Command"/>).</summary>
    Command,

    /// <summary>Agreement.</summary>
    Yes,

    /// <summary>Refusal.</summary>
    No,
}
