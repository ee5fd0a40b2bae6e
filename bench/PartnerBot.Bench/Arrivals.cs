using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PartnerBot.Bench;

/// <summary>What arrived by key (a line's text, an event's kind) with its <see cref="Stopwatch"/> timestamp, or a value it carried.</summary>
internal sealed class Arrivals
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _added = new(0);

    public void Add(string? key, string? value = null)
    {
        if (key is not null && _seen.TryAdd(key, value ?? Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture)))
        {
            _added.Release();
        }
    }

    /// <summary>Waits until <paramref name="key"/> arrived; returns its timestamp (or the value it carried).</summary>
    public async Task<string> WaitAsync(string key, CancellationToken cancellationToken)
    {
        while (!_seen.ContainsKey(key))
        {
            await _added.WaitAsync(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        return _seen[key];
    }
}
