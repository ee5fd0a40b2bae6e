using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>When a customer wants to be called back, as the owner reads it beside the request: "Mittwoch, 2.12., 08:00–12:00",
/// "ab Dienstag, 1.12., 17:00", "jederzeit", or that they did not want a call back.</summary>
public static class CallTimeDisplay
{
    /// <summary>The line for <paramref name="request"/>; null when it says nothing about a call back's time.</summary>
    public static string? Of(ProfileRequest request, OwnerText text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(text);
        if (request.Declined)
        {
            return text["request.declined"];
        }

        if (request.CallTime is not { } time)
        {
            return null;
        }

        var day = text["request.callTime.day"];
        var clock = text["request.callTime.clock"];
        var when = (time.From, time.To) switch
        {
            _ when time.Open => text["request.callTime.open"],
            ({ } from, { } to) when from == to => from.ToString(day + ", " + clock, text.Culture),
            ({ } from, { } to) when from.Date == to.Date => from.ToString(day + ", " + clock, text.Culture) + "–" + to.ToString(clock, text.Culture),
            ({ } from, { } to) => from.ToString(day + ", " + clock, text.Culture) + " – " + to.ToString(day + ", " + clock, text.Culture),
            ({ } from, null) => text.Format("request.callTime.from", from.ToString(day + ", " + clock, text.Culture)),
            (null, { } to) => text.Format("request.callTime.until", to.ToString(day + ", " + clock, text.Culture)),
            _ when time.Date is { } date => date.ToString(day, text.Culture),
            _ => time.Text,
        };
        return text.Format("request.callTime", when);
    }
}
