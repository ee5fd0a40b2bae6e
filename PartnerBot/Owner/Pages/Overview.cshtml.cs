using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;
using PartnerBot.Storage.Backup;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/overview</c>: new wishes per week (SVG), the funnel, the most frequent words in wishes and the last backup.</summary>
public sealed class OverviewModel(ProfileLoader loader, OwnerClock clock, BackupStatus backups, TimeProvider time) : OwnerPageModel
{
    public const int ChartWidth = 640;
    public const int ChartHeight = 200;
    public const int ChartTop = 20;
    public const int ChartBottom = 170;

    public OverviewStats Stats { get; private set; } = new([], [], []);

    /// <summary>The line on the last backup.</summary>
    public BackupOverview Backup { get; private set; } = new(false, false, null, TimeSpan.Zero, false, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var profiles = await loader.LoadAsync(new ProfileQuery(), withEntries: false, cancellationToken);
        Stats = OverviewStats.From(profiles, clock);
        Backup = BackupOverview.From(backups, time.GetUtcNow());
    }

    /// <summary>The height of a bar for <paramref name="count"/> out of <paramref name="max"/> within <paramref name="space"/>.</summary>
    public static int BarHeight(int count, int max, int space) => max == 0 ? 0 : (int)Math.Round((double)count / max * space);
}
