using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>The bot with a few answers of the business configured (<c>Bot:Facts</c>), as the conversation tests about listening need it.</summary>
public static class ListeningHarness
{
    public const string OpeningHours = "Wir haben Montag bis Freitag von 7 bis 18 Uhr geöffnet, samstags bis 12 Uhr.";
    public const string OpeningHoursEnglish = "We're open Monday to Friday 7am to 6pm, Saturdays until noon.";

    public static BotHarness Create(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Bot:Facts:de:0:Topic"] = "openingHours",
            ["Bot:Facts:de:0:Answer"] = OpeningHours,
            ["Bot:Facts:en:0:Topic"] = "openingHours",
            ["Bot:Facts:en:0:Answer"] = OpeningHoursEnglish,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new BotHarness(settings: values);
    }
}
