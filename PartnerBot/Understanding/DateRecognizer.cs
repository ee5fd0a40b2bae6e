using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Finds a timeframe: the date a customer names, or the end of the range they name, resolved into the future.</summary>
public sealed partial class DateRecognizer(RecognizerModels models)
{
    /// <summary>The first date outside <paramref name="excluded"/> (money, phone numbers, names), or null.</summary>
    public Recognized<DateMatch>? Find(string text, LanguageLocale locale, DateTimeOffset now, IReadOnlyCollection<TextSpan> excluded)
    {
        if (string.IsNullOrWhiteSpace(text) || !MayHoldDate.IsMatch(Outside(text, excluded)))
        {
            return null; // the date model is most of a message's understanding cost: skip it where no date can be
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var candidates = DateRules.Find(text, today).Where(c => !c.Span.OverlapsAny(excluded)).ToList();
        var ruleSpans = candidates.Select(c => c.Span).ToList();
        if (candidates.Count > 0 && !MayHoldDate.IsMatch(Outside(text, [.. excluded, .. ruleSpans])))
        {
            return First(text, candidates); // "bis Ende März": our rules read every date there is; the model could only repeat them
        }

        // "Maerz", "aout": spellings without accents the models miss; the replacement keeps the length, so positions hold.
        var query = Respellings.Aggregate(text, (q, r) => q.Replace(r.Written, r.Meant, StringComparison.OrdinalIgnoreCase));
        foreach (var result in models.For(locale).DateTime.Parse(query, now.DateTime))
        {
            var span = new TextSpan(result.Start, result.End - result.Start + 1);
            if (span.Start < 0 || span.End > text.Length || span.OverlapsAny(excluded) || span.OverlapsAny(ruleSpans))
            {
                continue;
            }

            var words = text.Substring(span.Start, span.Length);
            if (OnlyDigitsRegex().IsMatch(words) && !(words.Length == 4 && int.Parse(words, CultureInfo.InvariantCulture) >= today.Year))
            {
                continue; // a bare number is only a date when it is a coming year
            }

            // Only past readings ("last week", "vor zwei Wochen", "gestern"): what happened, not a deadline.
            if (Resolve(result, today) is { } resolved && !resolved.Timex.EndsWith("_REF", StringComparison.Ordinal) && resolved.Date >= today)
            {
                candidates.Add(new(new DateMatch(words, resolved.Date, resolved.Timex), span));
            }
        }

        if (candidates.Count == 0 && DateRules.DayOfMonth(text, today) is { } dayOfMonth && !dayOfMonth.Span.OverlapsAny(excluded))
        {
            return dayOfMonth;
        }

        return First(text, candidates);
    }

    /// <summary>The date that counts: "ab Januar, spätestens 15. Januar": when the work should start gives way to the deadline said
    /// with it. "dieses Jahr nicht mehr, eher im Frühjahr", "not this year, more like spring": a date said to be none gives way too.</summary>
    private static Recognized<DateMatch>? First(string text, List<Recognized<DateMatch>> candidates) =>
        candidates.OrderBy(c => candidates.Count > 1 && (IsStart(text, c) || IsNegated(text, c)) ? 1 : 0)
            .ThenBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length).FirstOrDefault();

    /// <summary>The date is when something starts ("ab März", "starting in january"): the lead is in its words or just before them.</summary>
    private static bool IsStart(string text, Recognized<DateMatch> date) =>
        StartLead.IsMatch(date.Value.Text) || StartLeadBefore.IsMatch(text.AsSpan(0, date.Span.Start));

    private static bool IsNegated(string text, Recognized<DateMatch> date) =>
        NegatedBefore.IsMatch(text.AsSpan(0, date.Span.Start)) || NegatedAfter.IsMatch(text.AsSpan(date.Span.End));

    private static readonly Regex NegatedBefore = Vocabulary.Compile(@"(?<![\p{L}])" + Vocabulary.Shared.Pattern("dates.negations") + @"\s+$");

    private static readonly Regex NegatedAfter = Vocabulary.Compile(@"^\s*" + Vocabulary.Shared.Pattern("dates.negations") + @"(?![\p{L}])");

    private static readonly Regex StartLead = Vocabulary.Compile(@"^" + Vocabulary.Shared.Pattern("dates.startLeads") + @"\s");

    private static readonly Regex StartLeadBefore = Vocabulary.Compile(@"(?<![\p{L}])" + Vocabulary.Shared.Pattern("dates.startLeads") + @"\s+$");

    /// <summary>The text with the spans already taken (an amount, a phone number) blanked out: their digits are no date.</summary>
    private static string Outside(string text, IReadOnlyCollection<TextSpan> excluded)
    {
        if (excluded.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var span in excluded)
        {
            var start = Math.Clamp(span.Start, 0, chars.Length);
            chars.AsSpan(start, Math.Clamp(span.End, start, chars.Length) - start).Fill(' ');
        }

        return new string(chars);
    }

    private static (DateOnly Date, string Timex)? Resolve(ModelResult result, DateOnly today)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }

        (DateOnly Date, string Timex)? last = null;
        foreach (var value in values)
        {
            if (EndOf(value) is not { } date)
            {
                continue;
            }

            last = (date, value.GetValueOrDefault("timex") ?? "");
            if (date >= today)
            {
                return last; // the recognizer lists past before future: take the first one still ahead
            }
        }

        return last;
    }

    private static DateOnly? EndOf(Dictionary<string, string> value)
    {
        var type = value.GetValueOrDefault("type");
        var mod = value.GetValueOrDefault("Mod") ?? "";
        switch (type)
        {
            case "date":
            case "datetime":
                return ParseDate(value.GetValueOrDefault("value"));
            case "daterange":
            case "datetimerange":
                if (mod is "since" or "since-end" or "since-start")
                {
                    return null; // "seit 2015" describes the past, not a timeframe
                }

                if (mod is "after" or "after-start" or "after-mid" or "after-end")
                {
                    return ParseDate(value.GetValueOrDefault("start"));
                }

                var end = ParseDate(value.GetValueOrDefault("end"));
                if (end is null)
                {
                    return null;
                }

                // "bis 15.3."/"bis Februar" end at that point; a plain range's end is exclusive. "by february" is read as before its
                // first day; a month as a deadline is its last day, as "bis Februar" is.
                if (mod == "before" && MonthTimexRegex().IsMatch(value.GetValueOrDefault("timex") ?? "") && end.Value.Day == 1)
                {
                    return new DateOnly(end.Value.Year, end.Value.Month, DateTime.DaysInMonth(end.Value.Year, end.Value.Month));
                }

                return mod == "before" ? end : end.Value.AddDays(-1);
            default:
                return null; // times, durations, sets
        }
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>The <c>dates.respell.{word}</c> lists: how a month is typed without accents, padded to the same length.</summary>
    private static readonly (string Written, string Meant)[] Respellings =
        [.. Vocabulary.Shared.Group("dates.respell.").SelectMany(g => g.Words.Where(w => w.Length >= g.Name.Length).Select(w => (w, g.Name.PadRight(w.Length))))];

    private static readonly GatedRegex MayHoldDate = GatedRegex.Of(
        @"\d|" + Vocabulary.Shared.Pattern("dates.hints") + @"|\b" + Vocabulary.Shared.Pattern("dates.hintWords") + @"\b",
        [.. Vocabulary.Shared.Words("dates.hints"), .. Vocabulary.Shared.Words("dates.hintWords")], digitsPass: true);

    [GeneratedRegex(@"^(?:XXXX|\d{4})-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthTimexRegex();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex OnlyDigitsRegex();
}
