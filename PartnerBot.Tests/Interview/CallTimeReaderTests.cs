using PartnerBot.Interview.Listening;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Interview;

/// <summary>When a call back suits, read with the time of day: a part of a day, a clock time after which, a weekday with a time, "egal".</summary>
public sealed class CallTimeReaderTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Tuesday, 1 December 2026, 19:00.
    private static readonly DateTimeOffset Evening = new(2026, 12, 1, 19, 0, 0, Winter);

    private static readonly CallTimeReader Reader = new(new RecognizerModels());

    [Fact]
    public void Tomorrow_morning_is_the_next_day_from_eight_to_noon()
    {
        var read = Reader.Read("morgen vormittag", "de-DE", Evening, new Understood());
        Assert.Equal((new DateTimeOffset(2026, 12, 2, 8, 0, 0, Winter), new DateTimeOffset(2026, 12, 2, 12, 0, 0, Winter)), (read?.From, read?.To));
        Assert.Equal(new DateOnly(2026, 12, 2), read?.Date);
    }

    [Fact]
    public void After_five_in_the_evening_is_open_ended_from_the_next_five_to_come()
    {
        var read = Reader.Read("nach 17 Uhr", "de-DE", Evening, new Understood());
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 17, 0, 0, Winter), read?.From);
        Assert.Null(read?.To);
    }

    [Fact]
    public void A_weekday_with_a_time_is_the_next_such_moment_not_the_one_past()
    {
        var read = Reader.Read("Dienstag 10 Uhr", "de-DE", Evening, new Understood());
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 10, 0, 0, Winter), read?.From);
        Assert.Equal(read?.From, read?.To);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 15, 0, 0, Winter), Reader.Read("tomorrow at 3pm", "en-US", Evening, new Understood())?.From);
    }

    [Fact]
    public void Any_time_is_open_and_a_message_without_a_time_reads_none()
    {
        Assert.True(Reader.Read("ist mir egal", "de-DE", Evening, new Understood { OpenTimeframe = true })?.Open);
        Assert.Null(Reader.Read("Ja, gern", "de-DE", Evening, new Understood()));
        Assert.Null(Reader.Read("0171 2345678", "de-DE", Evening, new Understood { Phone = new PhoneMatch("0171 2345678", "+491712345678") }));
    }
}
