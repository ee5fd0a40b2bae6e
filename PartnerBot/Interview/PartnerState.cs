namespace PartnerBot.Interview;

/// <summary>Who a customer is to us, kept in UserState: what lets us welcome them back.</summary>
public sealed class PartnerState
{
    public string? Name { get; set; }
    public string? Locale { get; set; }

    /// <summary>The customer's latest profile.</summary>
    public string? ProfileId { get; set; }

    /// <summary>The latest profile's e-mail and phone, carried into a new wish.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>True once the customer offered du: later conversations start in du.</summary>
    public bool Informal { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }
    public string? ConsentVersion { get; set; }

    /// <summary>Every conversation this customer had with us, so erasure reaches them all.</summary>
    public List<string> ConversationIds { get; set; } = [];
}
