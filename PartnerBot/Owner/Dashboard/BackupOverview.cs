using PartnerBot.Storage.Backup;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The overview's line on backups: the last verified one and its age, a warning when it is overdue, the last failure.</summary>
/// <param name="Shown">False when the store keeps its own backups (PostgreSQL) or holds nothing (memory).</param>
/// <param name="SwitchedOff">Backups of the SQLite store are switched off.</param>
/// <param name="LastGood">When the last verified backup was taken, or null.</param>
/// <param name="Age">Its age (or how long there has been none).</param>
/// <param name="Overdue">Older than two intervals.</param>
/// <param name="LastFailure">What the last failed attempt said, when it failed.</param>
public sealed record BackupOverview(bool Shown, bool SwitchedOff, DateTimeOffset? LastGood, TimeSpan Age, bool Overdue, string? LastFailure)
{
    /// <summary>The line for <paramref name="status"/> at <paramref name="now"/>.</summary>
    public static BackupOverview From(BackupStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(status.Active || status.SwitchedOff, status.SwitchedOff, status.LastGood?.TakenAt, status.Age(now), status.IsOverdue(now), status.LastFailure);
    }

    /// <summary>The wording key and number for <see cref="Age"/>: minutes, hours up to two days, then days.</summary>
    public (string Key, long Count) AgeWording() =>
        Age.TotalHours < 1 ? ("age.minutes", (long)Age.TotalMinutes)
        : Age.TotalHours < 48 ? ("age.hours", (long)Age.TotalHours)
        : ("age.days", (long)Age.TotalDays);
}
