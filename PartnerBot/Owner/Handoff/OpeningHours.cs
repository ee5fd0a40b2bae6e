using System.Globalization;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Handoff;

/// <summary>Whether a person of the business can take over a chat now, and when someone is back.</summary>
public sealed class OpeningHours(IOptionsMonitor<OpeningHoursOptions> options, TimeProvider time)
{
    /// <summary>How far ahead the next opening is looked for (holidays over Christmas and New Year included).</summary>
    private const int SearchDays = 31;

    /// <summary>True when <paramref name="at"/> (now when null) falls into the opening times and is no holiday.</summary>
    public bool IsOpen(DateTimeOffset? at = null)
    {
        var settings = options.CurrentValue;
        var local = TimeZoneInfo.ConvertTime(at ?? time.GetUtcNow(), Zone(settings));
        var day = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        return !IsHoliday(settings, day) && Ranges(settings, day.DayOfWeek).Any(r => clock >= r.From && clock < r.To);
    }

    /// <summary>The next moment a person is there, from <paramref name="at"/> (now when null) on; the moment itself when open, null
    /// when the business opens on none of the next weeks' days.</summary>
    public DateTimeOffset? NextOpen(DateTimeOffset? at = null)
    {
        var settings = options.CurrentValue;
        var zone = Zone(settings);
        var start = at ?? time.GetUtcNow();
        if (IsOpen(start))
        {
            return start;
        }

        var local = TimeZoneInfo.ConvertTime(start, zone);
        for (var offset = 0; offset <= SearchDays; offset++)
        {
            var day = DateOnly.FromDateTime(local.DateTime).AddDays(offset);
            if (IsHoliday(settings, day))
            {
                continue;
            }

            foreach (var (from, _) in Ranges(settings, day.DayOfWeek).OrderBy(r => r.From))
            {
                var opening = day.ToDateTime(from);
                if (offset > 0 || from > TimeOnly.FromDateTime(local.DateTime))
                {
                    return new DateTimeOffset(opening, zone.GetUtcOffset(opening));
                }
            }
        }

        return null;
    }

    /// <summary><paramref name="at"/> on the business's clock (<c>Owner:OpeningHours:TimeZone</c>).</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone(options.CurrentValue));

    private static TimeZoneInfo Zone(OpeningHoursOptions settings) => TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);

    private static bool IsHoliday(OpeningHoursOptions settings, DateOnly day) =>
        settings.Holidays.Contains(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static IReadOnlyList<(TimeOnly From, TimeOnly To)> Ranges(OpeningHoursOptions settings, DayOfWeek day) =>
        OpeningTimes.TryParse(settings.Of(day), out var ranges, out _) ? ranges : [];
}
