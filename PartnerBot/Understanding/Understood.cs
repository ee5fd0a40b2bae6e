namespace PartnerBot.Understanding;

/// <summary>Everything recognised in one customer message.</summary>
public sealed record Understood
{
    public NameMatch? Name { get; init; }

    /// <summary>A wish stated in the customer's own phrasing ("ich brauche eine neue Website" → "eine neue Website").</summary>
    public TextMatch? Wish { get; init; }

    /// <summary>What the message asks the bot to do first.</summary>
    public MessageKind Kind { get; init; }

    public DateMatch? Timeframe { get; init; }

    /// <summary>When to call, in a request for a call back ("rufen Sie mich morgen Vormittag an"); never the wish's timeframe.</summary>
    public DateMatch? CallTime { get; init; }

    /// <summary>The timeframe is urgent ("sofort", "ASAP"), with or without a date.</summary>
    public bool Urgent { get; init; }

    /// <summary>The timeframe is open ("noch offen", "kein Zeitdruck", "egal").</summary>
    public bool OpenTimeframe { get; init; }

    public MoneyMatch? Budget { get; init; }

    /// <summary>A budget in words without a figure ("kein festes Budget", "nach Angebot").</summary>
    public TextMatch? BudgetText { get; init; }

    public EmailMatch? Email { get; init; }

    /// <summary>Why an address that was clearly attempted is none ("anna@gmx"), when <see cref="Email"/> is null.</summary>
    public EmailProblem? EmailProblem { get; init; }

    public PhoneMatch? Phone { get; init; }
    public YesNo YesNo { get; init; }
    public CommandMatch? Command { get; init; }

    /// <summary>The slot the customer says they are correcting ("die E-Mail ist eigentlich …" → <see cref="SlotNames.Email"/>), if any.</summary>
    public string? CorrectedSlot { get; init; }

    /// <summary>The message's own language ("de", "en", "fr") when it is not the page's; null when it is or when it cannot be told.</summary>
    public string? Language { get; init; }

    /// <summary>The message with the recognised entities and filler words removed; what is left as a free-text answer.</summary>
    public string Remainder { get; init; } = "";
}
