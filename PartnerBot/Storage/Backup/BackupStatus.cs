namespace PartnerBot.Storage.Backup;

/// <summary>How the backups stand: the last good one and the last failure, for the owner's overview and <c>/healthz</c>.</summary>
public sealed class BackupStatus
{
    private readonly object _gate = new();

    /// <summary>Backups that do not run: another store (<paramref name="switchedOff"/> false), or the SQLite store's switched off.</summary>
    public static BackupStatus Inactive(string reason, bool switchedOff) =>
        new(false, TimeSpan.Zero, DateTimeOffset.MinValue) { InactiveReason = reason, SwitchedOff = switchedOff };

    /// <summary>Backups every <paramref name="interval"/>, watched from <paramref name="since"/>.</summary>
    public BackupStatus(bool active, TimeSpan interval, DateTimeOffset since)
    {
        Active = active;
        Interval = interval;
        WatchingSince = since;
    }

    /// <summary>Raised after each attempt.</summary>
    public event Action? Changed;

    /// <summary>Whether the store is backed up on schedule (SQLite, <c>Storage:Backup:Enabled</c>).</summary>
    public bool Active { get; }

    /// <summary>True when the store is SQLite and its backups are switched off (<c>Storage:Backup:Enabled=false</c>).</summary>
    public bool SwitchedOff { get; private init; }

    /// <summary>Why backups do not run, when they do not.</summary>
    public string? InactiveReason { get; private init; }

    /// <summary><c>Storage:Backup:Interval</c>.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Since when the app has been watching (the start), the age of "no backup yet".</summary>
    public DateTimeOffset WatchingSince { get; }

    /// <summary>The newest verified backup, or null.</summary>
    public BackupFile? LastGood { get; private set; }

    /// <summary>When the last attempt failed (null when the last attempt succeeded).</summary>
    public DateTimeOffset? LastFailureAt { get; private set; }

    /// <summary>What went wrong last (the error's kind and message; never data of the store).</summary>
    public string? LastFailure { get; private set; }

    /// <summary>Records a verified backup.</summary>
    public void RecordGood(BackupFile backup, string? copyFailure = null)
    {
        lock (_gate)
        {
            LastGood = backup;
            LastFailure = copyFailure;
            LastFailureAt = copyFailure is null ? null : backup.TakenAt;
        }

        Changed?.Invoke();
    }

    /// <summary>Records a failed attempt.</summary>
    public void RecordFailure(DateTimeOffset at, string failure)
    {
        lock (_gate)
        {
            LastFailureAt = at;
            LastFailure = failure;
        }

        Changed?.Invoke();
    }

    /// <summary>How old the last good backup is at <paramref name="now"/> (or how long there has been none).</summary>
    public TimeSpan Age(DateTimeOffset now) => now - (LastGood?.TakenAt ?? WatchingSince);

    /// <summary>True when the last good backup is older than two intervals (or there has been none for that long).</summary>
    public bool IsOverdue(DateTimeOffset now) => Active && Age(now) > 2 * Interval;

    /// <summary>When the next attempt is due: an interval after the last good backup, sooner after a failure, now when there is none.</summary>
    public DateTimeOffset NextDue(DateTimeOffset now)
    {
        var retry = TimeSpan.FromTicks(Math.Min(Interval.Ticks, TimeSpan.FromMinutes(15).Ticks));
        if (LastFailureAt is { } failed && (LastGood is null || failed > LastGood.TakenAt))
        {
            return failed + retry;
        }

        return LastGood is { } good ? good.TakenAt + Interval : now;
    }
}
