namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>What the customer's profile holds at the end of a conversation; a field that is absent must be empty in the profile.</summary>
/// <param name="Status"><c>in-progress</c>, <c>completed</c>, <c>cancelled</c>, or <c>none</c> when no profile may exist (consent declined).</param>
/// <param name="WishIncludes">Words the wish must contain, ignoring case (not the exact text).</param>
/// <param name="VisionIncludes">Words the vision must contain, ignoring case.</param>
public sealed record ConversationExpect(
    string Status,
    string? Salutation = null,
    string? Title = null,
    string? Name = null,
    IReadOnlyList<string>? WishIncludes = null,
    IReadOnlyList<string>? VisionIncludes = null,
    ExpectedTimeframe? Timeframe = null,
    ExpectedBudget? Budget = null,
    string? Email = null,
    string? Phone = null,
    IReadOnlyList<ExpectedRequest>? Requests = null);
