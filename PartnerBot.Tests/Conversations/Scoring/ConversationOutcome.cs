using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>What a played conversation left: each turn's line (null for joining) with the bot's replies, and the customer's profiles
/// in the owner API's JSON view, oldest first.</summary>
public sealed record ConversationOutcome(IReadOnlyList<(string? Line, IReadOnlyList<string> Replies)> Turns, IReadOnlyList<JsonObject> Profiles)
{
    /// <summary>The profile the conversation is scored on: the customer's newest, or null when there is none.</summary>
    public JsonObject? Profile => Profiles.Count == 0 ? null : Profiles[^1];
}
