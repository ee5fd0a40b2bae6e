namespace PartnerBot.Owner.Dashboard;

/// <summary>One message of a conversation as the owner reads it.</summary>
public sealed record TranscriptLine(DateTimeOffset? At, bool FromBot, string Text);
