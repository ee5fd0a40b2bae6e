namespace PartnerBot.Understanding;

/// <summary>The names of the interview's slots and of the profile entries.</summary>
public static class SlotNames
{
    public const string Name = "name";

    /// <summary>The name question's salutation field ("Frau", "Mr", "Madame").</summary>
    public const string Salutation = "salutation";

    /// <summary>The name question's title field ("Dr.", "Prof.").</summary>
    public const string Title = "title";
    public const string Wish = "wish";
    public const string Vision = "vision";
    public const string Timeframe = "timeframe";
    public const string Budget = "budget";
    public const string Contact = "contact";
    public const string Email = "email";
    public const string Phone = "phone";

    /// <summary>The consent question: not a slot, but what is on screen (a yes/no there is the answer).</summary>
    public const string Consent = "consent";

    /// <summary>The summary: not a slot, but what is on screen (a plain yes/no confirms, a value corrects).</summary>
    public const string Summary = "summary";
}
