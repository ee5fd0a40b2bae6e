using Microsoft.Bot.Schema;

namespace PartnerBot.WebChat;

/// <summary>One conversation of the in-memory log (<see cref="MemoryDirectLineLog"/>): its bounded, watermarked activity log and the dedupe of retried posts.</summary>
/// <remarks>
/// The watermark is the number of log entries ever appended, so it never goes back. Updates append the new version
/// under the same id (Web Chat replaces by id); deletes blank the entry. Only the newest entries are kept: at most
/// <c>maxEntries</c>, at most <c>maxBytes</c> of serialized activities, and fewer while the shared budget is exceeded
/// (the newest entry always stays). The store reserves <c>allowanceBytes</c> of the budget for every conversation when it
/// creates it, which covers that newest entry; what the log holds beyond it is charged to the budget as it grows.
/// The transcript store keeps the conversation as a whole.
/// </remarks>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly List<DirectLineLogEntry> _log = [];
    private readonly DirectLineClientActivityIds _clientActivityIds;
    private readonly int _maxEntries;
    private readonly DirectLineByteMeter _meter;
    private readonly TimeProvider _time;
    private bool _erased;
    private long _firstSequence;
    private long _nextSequence;
    private long _lastTouchedTicks;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    public DirectLineConversation(
        string id,
        string userId,
        string? userName,
        string locale,
        int maxEntries,
        TimeProvider time,
        long maxBytes = long.MaxValue,
        DirectLineMemoryBudget? budget = null,
        long allowanceBytes = 0)
    {
        Id = id;
        UserId = userId;
        UserName = userName;
        Locale = locale;
        _maxEntries = maxEntries;
        _meter = new DirectLineByteMeter(maxBytes, budget, allowanceBytes);
        _clientActivityIds = new DirectLineClientActivityIds(maxEntries);
        _time = time;
        Touch();
    }

    /// <summary>What a conversation holds besides its activities (ids, gates, dedupe entries), counted against the total budget.</summary>
    public const long OverheadBytes = DirectLineLogLimits.OverheadBytes;

    public string Id { get; }

    public string UserId { get; }

    public string? UserName { get; }

    public string Locale { get; }

    /// <summary>When the conversation was last used.</summary>
    public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

    /// <summary>The bytes its logged activities take now (serialized, as held in memory).</summary>
    public long Bytes => Locked(() => _meter.Bytes);

    /// <summary>Whether its customer's data was erased.</summary>
    public bool Erased => Locked(() => _erased);

    /// <summary>The conversation as the log reports it.</summary>
    public DirectLineConversationInfo Info => Locked(() => new DirectLineConversationInfo(Id, UserId, _erased ? null : UserName, Locale)
    {
        Watermark = _nextSequence,
        Erased = _erased,
        LastTouched = LastTouched,
        Bytes = _meter.Bytes,
    });

    /// <summary>Marks the conversation as used now.</summary>
    public void Touch() => Interlocked.Exchange(ref _lastTouchedTicks, _time.GetUtcNow().UtcTicks);

    /// <summary>Stamps the activity with the next id and a server timestamp and logs it.</summary>
    /// <returns>The id, and false when an activity with the same <c>clientActivityID</c> was logged before (nothing is added then).</returns>
    public (string Id, bool Added) Append(Activity activity, string? clientActivityId = null)
    {
        lock (_gate)
        {
            if (_clientActivityIds.Find(clientActivityId) is { } existing)
            {
                return (existing, false);
            }

            var json = DirectLineStamp.Apply(activity, Id, _nextSequence, NextTimestamp());
            if (clientActivityId is not null)
            {
                _clientActivityIds.Remember(clientActivityId, activity.Id);
            }

            AddEntry(activity.Id, json, activity.Timestamp);
            return (activity.Id, true);
        }
    }

    /// <summary>Replaces a logged activity (Connector update): the new version is delivered again under the same id.</summary>
    public bool Replace(string activityId, Activity activity)
    {
        lock (_gate)
        {
            var old = _log.FindLast(entry => entry.ActivityId == activityId && entry.Json is not null);
            if (old is null)
            {
                return false;
            }

            // The original timestamp keeps the updated activity where it was in the transcript.
            activity.Id = activityId;
            activity.Timestamp = old.Timestamp;
            AddEntry(activityId, DirectLineJson.Serialize(activity), old.Timestamp);
            return true;
        }
    }

    /// <summary>Removes a logged activity from future replays (Connector delete).</summary>
    public bool Delete(string activityId)
    {
        lock (_gate)
        {
            var found = false;
            foreach (var entry in _log.Where(entry => entry.ActivityId == activityId && entry.Json is not null))
            {
                Blank(entry);
                found = true;
            }

            return found;
        }
    }

    /// <summary>Forgets every activity logged so far (the customer's data was erased); the watermark keeps counting, so what
    /// is sent afterwards (the confirmation of the erasure) still reaches the page.</summary>
    public void Erase()
    {
        lock (_gate)
        {
            foreach (var entry in _log)
            {
                Blank(entry);
            }

            _log.Clear();
            _firstSequence = _nextSequence;
            _clientActivityIds.Clear();
            _erased = true;
        }
    }

    /// <summary>Gives back every byte it holds (it leaves the store).</summary>
    public void Release()
    {
        lock (_gate)
        {
            _meter.Release();
            foreach (var entry in _log)
            {
                entry.Json = null;
            }

            _log.Clear();
            _firstSequence = _nextSequence;
        }
    }

    /// <summary>The entries after <paramref name="watermark"/> with their sequence numbers, and the watermark.</summary>
    public DirectLinePage Read(long watermark)
    {
        lock (_gate)
        {
            var start = Math.Clamp(watermark, _firstSequence, _nextSequence) - _firstSequence;
            var entries = _log.Skip((int)start)
                .Select((entry, index) => (Sequence: _firstSequence + start + index, entry.Json))
                .Where(entry => entry.Json is not null)
                .Select(entry => (entry.Sequence, entry.Json!))
                .ToList();
            return new DirectLinePage(entries, _nextSequence);
        }
    }

    private void AddEntry(string activityId, string json, DateTimeOffset? timestamp)
    {
        var entry = new DirectLineLogEntry(activityId, json, timestamp);
        _log.Add(entry);
        _nextSequence++;
        _meter.Add(entry.Size);
        while (_log.Count > 1 && (_log.Count > _maxEntries || _meter.OverLimit))
        {
            Blank(_log[0]);
            _log.RemoveAt(0);
            _firstSequence++;
        }
    }

    private void Blank(DirectLineLogEntry entry)
    {
        if (entry.Json is not null)
        {
            _meter.Add(-entry.Size);
            entry.Json = null;
        }
    }

    private DateTimeOffset NextTimestamp()
    {
        _lastTimestamp = DirectLineStamp.Next(_time.GetUtcNow(), _lastTimestamp);
        return _lastTimestamp;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
