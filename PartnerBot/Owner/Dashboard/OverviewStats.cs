using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The overview at a glance: new wishes per week, the funnel, the most frequent words in wishes.</summary>
public sealed record OverviewStats(IReadOnlyList<WeekCount> Weeks, IReadOnlyList<FunnelStep> Funnel, IReadOnlyList<WordCount> TopWords)
{
    public const int WeekSpan = 12;
    public const int TopWordCount = 12;

    /// <summary>Computes the overview of <paramref name="profiles"/> up to now, in weeks of the owner's time zone.</summary>
    public static OverviewStats From(IReadOnlyList<PartnerProfile> profiles, OwnerClock clock)
    {
        var today = DateOnly.FromDateTime(clock.Now.DateTime);
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = Enumerable.Range(0, WeekSpan)
            .Select(i => thisMonday.AddDays(-7 * (WeekSpan - 1 - i)))
            .Select(start => new WeekCount(start, profiles.Count(p =>
            {
                var day = DateOnly.FromDateTime(clock.ToLocal(p.CreatedAt).DateTime);
                return day >= start && day < start.AddDays(7);
            })))
            .ToList();

        var followedUp = new[] { FollowUpStatus.Contacted, FollowUpStatus.Won, FollowUpStatus.Lost };
        var completed = profiles.Where(p => p.Status == ProfileStatus.Completed).ToList();
        FunnelStep[] funnel =
        [
            new("started", profiles.Count),
            new("consented", profiles.Count(p => p.ConsentAt is not null)),
            new("completed", completed.Count),
            new("contacted", completed.Count(p => followedUp.Contains(p.FollowUp))),
            new("won", completed.Count(p => p.FollowUp == FollowUpStatus.Won)),
        ];

        var words = profiles
            .SelectMany(p => Words(p.Wish))
            .GroupBy(w => w)
            .Select(g => new WordCount(g.Key, g.Count()))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(TopWordCount)
            .ToList();
        return new OverviewStats(weeks, funnel, words);
    }

    private static IEnumerable<string> Words(string? text)
    {
        var letters = (text ?? "").Select(c => char.IsLetter(c) || c == '-' ? c : ' ').ToArray();
        return new string(letters)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-').ToLowerInvariant())
            .Where(w => w.Length >= 3 && !StopWords.Contains(w));
    }
}
