using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Bots;
using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Wording;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>What a customer who asks for a person outside opening hours is told about when someone is back, on the business's
/// clock: the next morning, after the weekend, after holidays, across the clock change, and nothing while it is open.</summary>
public sealed class HandoffBackTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    [Theory]
    [InlineData("2026-12-01T18:00", "Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar. Ab morgen, 9:00 Uhr ist wieder jemand für Sie da.")]
    [InlineData("2026-12-01T06:30", "Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar – heute ab 9:00 Uhr ist wieder jemand für Sie da.")]
    [InlineData("2026-12-01T12:10", "Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar – heute ab 13:00 Uhr ist wieder jemand für Sie da.")]
    [InlineData("2026-12-05T14:00", "Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar. Am Montag ab 8:00 Uhr ist wieder jemand für Sie da.")]
    [InlineData("2026-12-23T19:00", "Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar. Am Montag ab 8:00 Uhr ist wieder jemand für Sie da.")]
    public void Closed_the_customer_is_told_when_someone_is_back_with_holidays_and_the_weekend_skipped(string berlin, string expected) =>
        Assert.Equal(expected, Back(At(berlin, Winter)).Sentence("de-DE", informal: false));

    [Fact]
    public void After_company_holidays_of_more_than_a_week_the_date_is_named_too()
    {
        var holidays = new OpeningHoursOptions
        {
            Monday = "08:00-18:00",
            Holidays = [.. Enumerable.Range(0, 16).Select(d => new DateOnly(2026, 12, 19).AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
        };
        Assert.Equal("Sehr gern! Gerade ist bei Bäckerei Sonne niemand erreichbar. Am Montag, 4. Januar ab 8:00 Uhr ist wieder jemand für Sie da.",
            Back(At("2026-12-18T19:00", Winter), holidays).Sentence("de-DE", informal: false));
    }

    [Fact]
    public void Right_before_closing_someone_is_there_and_at_closing_time_the_next_opening_is_named()
    {
        Assert.Null(Back(At("2026-12-02T17:59", Winter)).Sentence("de-DE", informal: false));
        Assert.Contains("Ab morgen, 9:00 Uhr", Back(At("2026-12-02T18:00", Winter)).Sentence("de-DE", informal: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Across_the_clock_change_the_opening_is_named_on_the_business_clock()
    {
        // Sunday 28 March 2027, after the change to summer time; Monday opens at 8:00 Berlin time, 06:00 UTC.
        var sunday = new DateTimeOffset(2027, 3, 28, 17, 0, 0, TimeSpan.Zero);
        Assert.Contains("Ab morgen, 8:00 Uhr", Back(sunday).Sentence("de-DE", informal: false), StringComparison.Ordinal);

        // Saturday 30 October 2027 after closing, the last day of summer time: Monday at 8:00 in winter time.
        var saturday = At("2027-10-30T14:00", Summer);
        Assert.Contains("Am Montag ab 8:00 Uhr", Back(saturday).Sentence("de-DE", informal: false), StringComparison.Ordinal);
    }

    [Fact]
    public void In_du_in_English_and_in_French_and_nothing_for_a_business_that_never_opens()
    {
        var evening = Back(At("2026-12-01T20:00", Winter));
        Assert.EndsWith("Ab morgen, 9:00 Uhr ist wieder jemand für dich da.", evening.Sentence("de-DE", informal: true), StringComparison.Ordinal);
        Assert.Equal("Of course! Nobody at Bäckerei Sonne is available right now – someone will be back tomorrow from 9:00 AM.", evening.Sentence("en-US", informal: false));
        Assert.Contains("demain à partir de 9h00", evening.Sentence("fr-FR", informal: false), StringComparison.Ordinal);

        var never = new OpeningHoursOptions { Monday = "", Tuesday = "", Wednesday = "", Thursday = "", Friday = "" };
        Assert.Null(Back(At("2026-12-01T20:00", Winter), never).Sentence("de-DE", informal: false));
    }

    private static HandoffBack Back(DateTimeOffset now, OpeningHoursOptions? options = null)
    {
        var time = new FakeTimeProvider(now);
        var hours = new OpeningHours(new Monitor(options ?? new OpeningHoursOptions
        {
            Monday = "08:00-12:00, 13:00-18:00",
            Tuesday = "09:00-12:00, 13:00-18:00",
            Wednesday = "09:00-18:00",
            Thursday = "09:00-18:00",
            Friday = "09:00-18:00",
            Saturday = "09:00-13:00",
            Holidays = ["2026-12-24", "2026-12-25", "2026-12-26"],
        }), time);
        return new HandoffBack(hours, new OwnerWordingCatalog(), Options.Create(new BotOptions { BusinessName = "Bäckerei Sonne" }), time);
    }

    private static DateTimeOffset At(string berlin, TimeSpan offset) =>
        new(DateTime.Parse(berlin, System.Globalization.CultureInfo.InvariantCulture), offset);

    private sealed class Monitor(OpeningHoursOptions value) : IOptionsMonitor<OpeningHoursOptions>
    {
        public OpeningHoursOptions CurrentValue => value;

        public OpeningHoursOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OpeningHoursOptions, string?> listener) => null;
    }
}
