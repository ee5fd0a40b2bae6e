using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Owner.Handoff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>Whether a person can come now, and when someone is back: weekdays, breaks, holidays and the clock change, in Berlin time.</summary>
public sealed class OpeningHoursTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("2026-12-01T10:00", true)]   // Tuesday morning
    [InlineData("2026-12-01T08:59", false)]  // before opening
    [InlineData("2026-12-01T12:30", false)]  // the lunch break
    [InlineData("2026-12-01T13:00", true)]
    [InlineData("2026-12-01T18:00", false)]  // the end is exclusive
    [InlineData("2026-12-05T11:00", true)]   // Saturday morning
    [InlineData("2026-12-06T11:00", false)]  // Sunday
    [InlineData("2026-12-24T10:00", false)]  // a holiday on a Thursday
    public void A_person_is_there_within_the_opening_times_of_the_day_and_never_on_a_holiday(string berlin, bool open) =>
        Assert.Equal(open, Hours(At(berlin)).IsOpen());

    [Fact]
    public void After_closing_time_someone_is_back_the_next_morning()
    {
        var hours = Hours(At("2026-12-01T18:30"));
        Assert.Equal(At("2026-12-02T09:00"), hours.NextOpen());
    }

    [Fact]
    public void In_the_lunch_break_someone_is_back_after_it()
    {
        var hours = Hours(At("2026-12-01T12:15"));
        Assert.Equal(At("2026-12-01T13:00"), hours.NextOpen());
        Assert.Equal(At("2026-12-01T10:00"), hours.NextOpen(At("2026-12-01T10:00")));
    }

    [Fact]
    public void Over_the_holidays_and_the_weekend_someone_is_back_after_them()
    {
        // Wednesday evening before Christmas: Thursday to Saturday are holidays, Sunday is closed.
        Assert.Equal(At("2026-12-28T08:00"), Hours(At("2026-12-23T19:00")).NextOpen());
        // Saturday afternoon after closing: Monday, which opens at eight.
        Assert.Equal(At("2026-12-07T08:00"), Hours(At("2026-12-05T15:00")).NextOpen());
    }

    [Fact]
    public void Opening_times_follow_the_clock_change_to_summer_time()
    {
        var hours = Hours(new DateTimeOffset(2027, 3, 27, 20, 0, 0, Winter));
        // Monday after the change: 08:00 in Berlin is 06:00 UTC (it was 07:00 UTC the Monday before).
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 6, 0, 0, TimeSpan.Zero), hours.NextOpen()!.Value.ToUniversalTime());
        Assert.True(hours.IsOpen(new DateTimeOffset(2027, 3, 29, 6, 30, 0, TimeSpan.Zero)));
        Assert.False(hours.IsOpen(new DateTimeOffset(2027, 3, 22, 6, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_business_that_is_never_open_has_no_next_opening()
    {
        var closed = new OpeningHoursOptions { Monday = "", Tuesday = "", Wednesday = "", Thursday = "", Friday = "", Saturday = "", Sunday = "" };
        Assert.Null(new OpeningHours(new Monitor(closed), new FakeTimeProvider(At("2026-12-01T10:00"))).NextOpen());
    }

    [Theory]
    [InlineData("9-17", "is not a range like 08:00-12:00")]
    [InlineData("18:00-08:00", "ends before it begins")]
    [InlineData("08:00-12:00; 13:00-18:00", "is not a range")]
    public void Opening_times_that_cannot_be_read_stop_the_start_with_a_clear_message(string monday, string message)
    {
        var errors = Errors(new OpeningHoursOptions { Monday = monday });
        Assert.Contains(errors, e => e.StartsWith("Owner:OpeningHours:Monday:", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_time_zone_or_holiday_stops_the_start_and_the_defaults_are_valid()
    {
        Assert.Contains(Errors(new OpeningHoursOptions { TimeZone = "Mars/Olympus" }), e => e.Contains("not a known time zone", StringComparison.Ordinal));
        Assert.Contains(Errors(new OpeningHoursOptions { Holidays = ["24.12.2026"] }), e => e.Contains("not a date like 2026-12-24", StringComparison.Ordinal));
        Assert.Empty(Errors(new OpeningHoursOptions { Sunday = "10:00-24:00" }));
        Assert.Empty(Errors(new OpeningHoursOptions()));
    }

    private static OpeningHours Hours(DateTimeOffset now) => new(new Monitor(new OpeningHoursOptions
    {
        Monday = "08:00-12:00, 13:00-18:00",
        Tuesday = "09:00-12:00, 13:00-18:00",
        Wednesday = "09:00-18:00",
        Thursday = "09:00-18:00",
        Friday = "09:00-18:00",
        Saturday = "09:00-13:00",
        Holidays = ["2026-12-24", "2026-12-25", "2026-12-26"],
    }), new FakeTimeProvider(now));

    /// <summary>A Berlin wall-clock time in December (winter time).</summary>
    private static DateTimeOffset At(string berlin) => new(DateTime.Parse(berlin, System.Globalization.CultureInfo.InvariantCulture), Winter);

    private static List<string> Errors(OpeningHoursOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }

    private sealed class Monitor(OpeningHoursOptions value) : IOptionsMonitor<OpeningHoursOptions>
    {
        public OpeningHoursOptions CurrentValue => value;

        public OpeningHoursOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OpeningHoursOptions, string?> listener) => null;
    }
}
