using System.Globalization;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Owner.Wording;

namespace PartnerBot.Owner.Handoff;

/// <summary>Says honestly when someone of the business is back, from the opening hours (holidays skipped, on the business's clock):
/// "heute ab 13:00 Uhr", "ab morgen, 8:00 Uhr", "am Montag ab 9:00 Uhr", a date further ahead (<c>handoff.back.*</c> in <c>owner.json</c>).</summary>
public sealed class HandoffBack(OpeningHours hours, OwnerWordingCatalog catalog, IOptions<BotOptions> bot, TimeProvider time)
{
    /// <summary>Beyond this many days the date is named too ("am Montag, 28.12.").</summary>
    private const int WeekdayOnlyWithin = 6;

    /// <summary>The sentence for a customer who asks for a person while the business is closed; null while it is open (then
    /// nobody being online is the reason) or when it opens on none of the next weeks' days.</summary>
    public string? Sentence(string locale, bool informal, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var now = at ?? time.GetUtcNow();
        if (hours.IsOpen(now) || hours.NextOpen(now) is not { } next)
        {
            return null;
        }

        var text = catalog.For(locale.Split('-')[0]);
        var today = DateOnly.FromDateTime(hours.Local(now).DateTime);
        var opening = hours.Local(next).DateTime;
        var days = DateOnly.FromDateTime(opening).DayNumber - today.DayNumber;
        var key = days switch { 0 => "today", 1 => "tomorrow", _ => "on" };
        // The customer's own locale where it is one (9:00 AM in the US, 9:00 am in Britain), else the language's.
        var culture = CultureOf(locale) ?? text.Culture;
        var day = opening.ToString(text[days > WeekdayOnlyWithin ? "handoff.back.dateFormat" : "handoff.back.dayFormat"], culture);
        var clock = opening.ToString(text["handoff.back.timeFormat"], culture);
        var template = (informal ? text.Find($"handoff.back.{key}.du") : null) ?? text[$"handoff.back.{key}"];
        return string.Format(culture, template, clock, day, bot.Value.BusinessName);
    }

    private static CultureInfo? CultureOf(string locale)
    {
        try
        {
            return locale.Contains('-', StringComparison.Ordinal) ? CultureInfo.GetCultureInfo(locale, predefinedOnly: true) : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
