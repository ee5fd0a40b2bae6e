using System.Diagnostics;
using System.Text.Json;

namespace PartnerBot.Bench;

/// <summary>What arrived on one conversation's Direct Line WebSocket, in socket order: the echoes of the customer's
/// activities and the bot's messages, each with the <see cref="Stopwatch"/> timestamp of the frame that brought it.</summary>
internal sealed class DirectLineSocketLog
{
    private readonly List<Entry> _entries = [];
    private readonly SemaphoreSlim _added = new(0);

    /// <summary>Reads one <c>{"activities":[…],"watermark":"N"}</c> frame; empty frames are keep-alives.</summary>
    public void AddFrame(ReadOnlyMemory<byte> frame, long arrived)
    {
        if (frame.IsEmpty)
        {
            return;
        }

        using var document = JsonDocument.Parse(frame);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var added = false;
        lock (_entries)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                var role = activity.TryGetProperty("from", out var from) ? String(from, "role") : null;
                var type = String(activity, "type");
                var clientActivityId = activity.TryGetProperty("channelData", out var channelData) ? String(channelData, "clientActivityID") : null;

                // Typing and events are not replies; the customer's own activities only matter as the echo of a POST.
                if ((role == "bot" && type == "message") || (role == "user" && clientActivityId is not null))
                {
                    _entries.Add(new Entry(role == "bot", String(activity, "id"), String(activity, "replyToId"), clientActivityId, String(activity, "text") ?? "", arrived));
                    added = true;
                }
            }
        }

        if (added)
        {
            _added.Release();
        }
    }

    /// <summary>Waits for a turn's echo and reply and gives when its first reply arrived.</summary>
    /// <param name="postedId">The id the POST answered (null for the greeting, which answers the channel's conversationUpdate).</param>
    /// <param name="clientActivityId">The <c>channelData.clientActivityID</c> the customer's activity carried (null for the greeting).</param>
    /// <param name="expect">Words of which one of the turn's replies must contain one (empty = any reply).</param>
    /// <remarks>A turn's replies are the bot's messages after the turn's echo (so nothing left over from the turn before counts)
    /// that answer the posted id; one without a <c>replyToId</c> counts too, as a channel that sets none would send it.</remarks>
    public async Task<(long? Arrived, string? Failure)> WaitForReplyAsync(string? postedId, string? clientActivityId, string[] expect, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var (done, arrived, failure) = Check(postedId, clientActivityId, expect);
            if (done)
            {
                return (arrived, failure);
            }

            var left = deadline - Stopwatch.GetTimestamp();
            if (left <= 0 || !await _added.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)))
            {
                return (null, $"{failure} within {timeout.TotalSeconds:F0} s");
            }
        }
    }

    /// <summary>Done with the first reply's arrival, done with a failure, or not yet (with what is missing).</summary>
    private (bool Done, long? Arrived, string? Failure) Check(string? postedId, string? clientActivityId, string[] expect)
    {
        lock (_entries)
        {
            var start = 0;
            if (clientActivityId is not null)
            {
                var echo = _entries.FindIndex(e => !e.FromBot && e.ClientActivityId == clientActivityId);
                if (echo < 0)
                {
                    return (false, null, $"no echo of the activity (clientActivityID {clientActivityId}) on the socket");
                }

                if (_entries[echo].Id != postedId)
                {
                    return (true, null, $"the echo has id {_entries[echo].Id ?? "(none)"}, the POST answered {postedId}");
                }

                start = echo + 1;
            }

            var replies = _entries.Skip(start).Where(e => e.FromBot && (postedId is null || e.ReplyToId is null || e.ReplyToId == postedId)).ToList();
            if (replies.Count > 0 && (expect.Length == 0 || replies.Any(r => expect.Any(word => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))))
            {
                return (true, replies[0].Arrived, null);
            }

            return (false, null, replies.Count == 0
                ? "no reply on the socket"
                : $"no reply with '{string.Join("' or '", expect)}' on the socket, got: " + string.Join(" | ", replies.Select(r => Shorten(r.Text))));
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private sealed record Entry(bool FromBot, string? Id, string? ReplyToId, string? ClientActivityId, string Text, long Arrived);
}
