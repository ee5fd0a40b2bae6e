namespace PartnerBot.Understanding;

/// <summary>Everything recognised in one customer message.</summary>
public sealed record Understood
{
    public NameMatch? Name { get; init; }

    /// <summary>A wish stated in the customer's own phrasing ("ich brauche eine neue Website" → "eine neue Website").</summary>
    public TextMatch? Wish { get; init; }

    public DateMatch? Timeframe { get; init; }
    public MoneyMatch? Budget { get; init; }
    public EmailMatch? Email { get; init; }
    public PhoneMatch? Phone { get; init; }
    public YesNo YesNo { get; init; }
    public CommandMatch? Command { get; init; }

    /// <summary>The slot the customer says they are correcting ("die E-Mail ist eigentlich …" → <see cref="SlotNames.Email"/>), if any.</summary>
    public string? CorrectedSlot { get; init; }

    /// <summary>The message with the recognised entities and filler words removed; what is left as a free-text answer.</summary>
    public string Remainder { get; init; } = "";
}
