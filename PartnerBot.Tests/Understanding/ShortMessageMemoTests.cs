using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>A short message without customer data is read by the recognizers once; anything personal or dated is read every time.</summary>
[Collection(nameof(UnderstandingCollection))]
public class ShortMessageMemoTests(UnderstandingFixture fixture)
{
    [Theory]
    [InlineData("ja", "de-DE", null)]
    [InlineData("passt", "de-AT", "summary")]
    [InlineData("nein", "de-DE", "budget")]
    [InlineData("yes", "en-GB", null)]
    public void A_short_answer_read_twice_gives_the_memorised_result(string text, string locale, string? slot)
    {
        var understanding = new TextUnderstanding(fixture.Models);

        var first = understanding.Understand(text, locale, slot, UnderstandingFixture.Now);
        var second = understanding.Understand(text, locale, slot, UnderstandingFixture.Now.AddDays(40));

        Assert.Same(first, second);
        Assert.Equal(first, new TextUnderstanding(fixture.Models).Understand(text, locale, slot, UnderstandingFixture.Now));
    }

    [Theory]
    [InlineData("Anna Schmidt")]
    [InlineData("morgen")]
    [InlineData("sofort")]
    [InlineData("5000 €")]
    [InlineData("a@b.de")]
    public void A_message_with_a_name_a_date_an_amount_or_an_address_is_read_afresh(string text)
    {
        var understanding = new TextUnderstanding(fixture.Models);

        var first = understanding.Understand(text, "de-DE", null, UnderstandingFixture.Now);
        var second = understanding.Understand(text, "de-DE", null, UnderstandingFixture.Now);

        Assert.NotSame(first, second);
        Assert.Equal(first.Name?.Name, second.Name?.Name);
    }

    [Fact]
    public void A_relative_day_follows_the_clock_and_is_never_memorised()
    {
        var understanding = new TextUnderstanding(fixture.Models);

        var today = understanding.Understand("morgen", "de-DE", "timeframe", UnderstandingFixture.Now);
        var later = understanding.Understand("morgen", "de-DE", "timeframe", UnderstandingFixture.Now.AddDays(10));

        Assert.Equal(today.Timeframe?.Date.AddDays(10), later.Timeframe?.Date);
    }
}
