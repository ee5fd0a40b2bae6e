namespace PartnerBot.Profiles;

/// <summary>One answer as the customer gave it: which slot, their words, the understood value, when and where.</summary>
/// <param name="ActivityId">The activity the answer came in; with <paramref name="Slot"/> it makes a re-delivered turn idempotent.</param>
public sealed record ProfileEntry(
    string Slot,
    string Text,
    string? Value,
    DateTimeOffset At,
    string ConversationId,
    string ChannelId,
    string? ActivityId = null);
