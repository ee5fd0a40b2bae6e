using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Reads a conversation's messages from the Bot Framework transcript store, oldest first.</summary>
public sealed class TranscriptReader(ITranscriptStore transcripts)
{
    private const int MaxPages = 50;

    /// <summary>The messages with text; other activities (typing, events) are left out.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var lines = new List<TranscriptLine>();
        string? continuation = null;
        for (var page = 0; page < MaxPages && !cancellationToken.IsCancellationRequested; page++)
        {
            var result = await transcripts.GetTranscriptActivitiesAsync(channelId, conversationId, continuation);
            foreach (var activity in result?.Items ?? [])
            {
                if (activity is IMessageActivity { Text: { Length: > 0 } text } message)
                {
                    lines.Add(new TranscriptLine(message.Timestamp, FromBot(message), text, message.From?.Name));
                }
            }

            continuation = result?.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return lines.OrderBy(l => l.At).ToList();
    }

    /// <summary>The customer's messages are written with the role "user"; a reply written without a role (by an earlier version, from
    /// <c>/api/messages</c>) is the bot's, not the customer's.</summary>
    private static bool FromBot(IMessageActivity message) =>
        string.Equals(message.From?.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrEmpty(message.From?.Role) && message.Recipient is { } to && string.Equals(to.Role, RoleTypes.User, StringComparison.OrdinalIgnoreCase))
        || (string.IsNullOrEmpty(message.From?.Role) && message.ReplyToId is { Length: > 0 });
}
