using System.Globalization;

namespace PartnerBot.Owner.Handoff;

/// <summary>One day's opening times ("08:00-12:00, 13:00-18:00") as ranges of the day; an empty text is a closed day.</summary>
public static class OpeningTimes
{
    /// <summary>Reads the ranges; false with a sentence saying what is wrong.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<(TimeOnly From, TimeOnly To)> ranges, out string error)
    {
        var list = new List<(TimeOnly From, TimeOnly To)>();
        ranges = list;
        error = "";
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !Time(ends[0], out var from) || !Time(ends[1], out var to))
            {
                error = $"'{part}' is not a range like 08:00-12:00.";
                return false;
            }

            if (to <= from && ends[1] != "24:00")
            {
                error = $"'{part}' ends before it begins.";
                return false;
            }

            list.Add((from, ends[1] == "24:00" ? TimeOnly.MaxValue : to));
        }

        return true;
    }

    private static bool Time(string text, out TimeOnly time)
    {
        if (text == "24:00")
        {
            time = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
