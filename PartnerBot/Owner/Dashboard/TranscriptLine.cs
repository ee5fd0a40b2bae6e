namespace PartnerBot.Owner.Dashboard;

/// <summary>One message of a conversation as the owner reads it.</summary>
/// <param name="Name">Who wrote it as the channel named them: the bot's or a staff member's name on the business's side.</param>
public sealed record TranscriptLine(DateTimeOffset? At, bool FromBot, string Text, string? Name = null);
