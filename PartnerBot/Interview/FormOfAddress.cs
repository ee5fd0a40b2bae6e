namespace PartnerBot.Interview;

/// <summary>Sie or du: the business's default (<c>Bot:FormOfAddress</c>), and du from the moment a customer offers it
/// ("Du kannst mich gerne duzen"), kept for their later conversations.</summary>
internal static class FormOfAddress
{
    /// <summary>The customer offered du: the bot says so in du and goes on in du. The offer is never an answer to the question on screen.</summary>
    public static void OfferDu(InterviewTurn turn, WordingCatalog wordings)
    {
        turn.State.Informal = true;
        if (turn.Partner is { } partner)
        {
            partner.Informal = true;
        }

        turn.Wording = wordings.For(turn.SpokenLocale, informal: true);
        turn.Say(turn.Wording.DuAccepted);
    }
}
