using System.Collections.Concurrent;

namespace PartnerBot.Owner.Access;

/// <summary>Failed sign-ins per client address, in memory (addresses are not stored), bounded in the number of addresses kept.</summary>
public sealed class AddressThrottle(TimeProvider time)
{
    /// <summary>Addresses remembered at most; past it those without a wait are forgotten first.</summary>
    public const int MaxAddresses = 10_000;

    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> still has to wait; zero when it may try.</summary>
    public TimeSpan Wait(string address)
    {
        if (!_entries.TryGetValue(address, out var entry))
        {
            return TimeSpan.Zero;
        }

        lock (entry)
        {
            var left = entry.Until - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a failure of <paramref name="address"/>; returns the failures in a row.</summary>
    public int Fail(string address, Func<int, TimeSpan> delay)
    {
        if (_entries.Count >= MaxAddresses)
        {
            Prune();
        }

        var entry = _entries.GetOrAdd(address, _ => new Entry());
        lock (entry)
        {
            var now = time.GetUtcNow();
            if (now - entry.LastFailure > ForgetAfter)
            {
                entry.Failures = 0;
            }

            entry.Failures++;
            entry.LastFailure = now;
            entry.Until = now + delay(entry.Failures);
            return entry.Failures;
        }
    }

    /// <summary>Forgets the failures of <paramref name="address"/> (after a successful sign-in).</summary>
    public void Reset(string address) => _entries.TryRemove(address, out _);

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (address, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(address, out _);
            }
        }
    }

    private sealed class Entry
    {
        public int Failures { get; set; }
        public DateTimeOffset LastFailure { get; set; }
        public DateTimeOffset Until { get; set; }
    }
}
