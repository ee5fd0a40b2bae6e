namespace PartnerBot.Owner.Notifications;

/// <summary>What the owner is told about a completed profile: enough to decide whom to call, and a link; no e-mail or phone.</summary>
public sealed record ProfileNotice(string ProfileId, string Title, string? Name, string? Wish, string? Timeframe, string? Budget, DateTimeOffset CompletedAt, string? Url);
