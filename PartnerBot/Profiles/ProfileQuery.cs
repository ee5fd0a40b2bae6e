namespace PartnerBot.Profiles;

/// <summary>What an owner looks for: status, free text (name, wish, vision, email, phone), date range, page.</summary>
public sealed record ProfileQuery
{
    public string? Status { get; init; }
    public string? FollowUp { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    /// <summary>Leaves out profiles that hold nothing the customer told us yet (consent given, no answer, no request): the inbox's rows.</summary>
    public bool WithAnswersOnly { get; init; }

    /// <summary>Urgent profiles (<c>timeframe.urgent</c>) first, then newest first: the inbox's order.</summary>
    public bool UrgentFirst { get; init; }

    /// <summary>Only profiles with at least one request (a person, a call back, a question, a complaint).</summary>
    public bool WithRequests { get; init; }

    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}
