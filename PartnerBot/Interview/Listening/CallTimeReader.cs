using System.Globalization;
using Microsoft.Recognizers.Text;
using PartnerBot.Languages;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Listening;

/// <summary>Reads when a call back suits the customer, with the time of day the interview's timeframe leaves out: "morgen vormittag",
/// "nach 17 Uhr", "Dienstag 10 Uhr", "zwischen 10 und 12"; a time without a day is the next one to come.</summary>
public sealed class CallTimeReader(RecognizerModels models)
{
    private const string Moment = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The time read from <paramref name="text"/>, else the day the understanding found, else open for "egal"; null when
    /// the message names no time at all.</summary>
    public CallTime? Read(string text, string locale, DateTimeOffset now, Understood understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A phone number's digits are no time: the number is blanked out before the model reads the rest.
        var query = understood.Phone is { } phone ? text.Replace(phone.Text, new string(' ', phone.Text.Length), StringComparison.Ordinal) : text;
        foreach (var result in models.For(LanguageRegistry.Shared.Resolve(locale)).DateTime.Parse(query, now.DateTime))
        {
            if (Resolve(result, now) is { } read)
            {
                return read;
            }
        }

        if (understood.CallTime is { } asked)
        {
            return new CallTime(asked.Text, asked.Date, asked.Timex);
        }

        if (understood.Timeframe is { } day && SoonEnoughToCall(day.Date, now))
        {
            return new CallTime(day.Text, day.Date, day.Timex);
        }

        return understood.OpenTimeframe ? new CallTime(text.Trim(), Open: true) : null;
    }

    private static CallTime? Resolve(ModelResult result, DateTimeOffset now)
    {
        if (result.Resolution?.GetValueOrDefault("values") is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }

        var reads = values.Select(value => Read(result.Text, value, now)).OfType<CallTime>().Select(read => NextWeek(read, now)).ToList();
        var ahead = reads.Where(read => (read.From ?? read.To) is not { } at || at >= now).ToList();

        // The model lists past before future, and "10 Uhr" as 10:00 and 22:00: a call back is meant for the daytime still ahead.
        return ahead.FirstOrDefault(Daytime) ?? ahead.FirstOrDefault() ?? reads.LastOrDefault();
    }

    /// <summary>A weekday already past this week ("Dienstag 10 Uhr" on Tuesday evening) is the one next week.</summary>
    private static CallTime NextWeek(CallTime read, DateTimeOffset now) =>
        read.Timex?.StartsWith("XXXX-WXX-", StringComparison.Ordinal) == true && (read.From ?? read.To) is { } at && at < now
            ? read with { Date = read.Date?.AddDays(7), From = read.From?.AddDays(7), To = read.To?.AddDays(7) }
            : read;

    private static bool Daytime(CallTime read) => (read.From ?? read.To) is not { } at || at.Hour is >= 7 and < 21;

    private static CallTime? Read(string words, Dictionary<string, string> value, DateTimeOffset now)
    {
        var timex = value.GetValueOrDefault("timex");
        var mod = value.GetValueOrDefault("Mod") ?? "";
        var after = mod.StartsWith("after", StringComparison.Ordinal) || mod.StartsWith("since", StringComparison.Ordinal);
        var before = mod.StartsWith("before", StringComparison.Ordinal) || mod.StartsWith("until", StringComparison.Ordinal);
        switch (value.GetValueOrDefault("type"))
        {
            case "datetime" when At(value.GetValueOrDefault("value"), now) is { } at:
                return new CallTime(words, DateOnly.FromDateTime(at.DateTime), timex, before ? null : at, after ? null : at);
            case "datetimerange":
                var (from, to) = (At(value.GetValueOrDefault("start"), now), At(value.GetValueOrDefault("end"), now));
                return from is null && to is null ? null
                    : new CallTime(words, DateOnly.FromDateTime((from ?? to)!.Value.DateTime), timex, before ? null : from, after ? null : to);
            case "time" when Clock(value.GetValueOrDefault("value")) is { } clock:
                var point = Next(clock, now);
                return new CallTime(words, DateOnly.FromDateTime(point.DateTime), timex, before ? null : point, after ? null : point);
            case "timerange":
                var (start, end) = (Clock(value.GetValueOrDefault("start")), Clock(value.GetValueOrDefault("end")));
                if ((start ?? end) is not { } first)
                {
                    return null;
                }

                // The next such span still to come: today when it has not begun, else tomorrow.
                var begin = Next(first, now);
                DateTimeOffset? finish = null;
                if (end is { } last)
                {
                    var until = new DateTimeOffset(begin.Date.Add(last.ToTimeSpan()), now.Offset);
                    finish = until < begin ? until.AddDays(1) : until;
                }

                return new CallTime(words, DateOnly.FromDateTime(begin.DateTime), timex, start is null || before ? null : begin, after ? null : finish);
            case "date" when At(value.GetValueOrDefault("value") + " 00:00:00", now) is { } date && SoonEnoughToCall(DateOnly.FromDateTime(date.DateTime), now):
                return new CallTime(words, DateOnly.FromDateTime(date.DateTime), timex);
            default:
                return null; // durations, sets, date ranges: no time to call
        }
    }

    /// <summary>A day to call on lies within the next weeks; "by the end of March" is the wish's deadline, not when to ring.</summary>
    private static bool SoonEnoughToCall(DateOnly day, DateTimeOffset now) =>
        day <= DateOnly.FromDateTime(now.Date).AddDays(MaxDaysAheadToCall);

    private const int MaxDaysAheadToCall = 21;

    private static DateTimeOffset Next(TimeOnly clock, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.Date.Add(clock.ToTimeSpan()), now.Offset);
        return today > now ? today : today.AddDays(1);
    }

    private static DateTimeOffset? At(string? text, DateTimeOffset now) =>
        DateTime.TryParseExact(text, Moment, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? new DateTimeOffset(local, now.Offset) : null;

    private static TimeOnly? Clock(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock) ? clock : null;
}
