using PartnerBot.Tests.Interview;

namespace PartnerBot.Tests.Conversations;

/// <summary>A budget given as a range is read back as the range, with its currency, when it is acknowledged and in the summary
/// (not only its top: the customer who said 8.000 to 12.000 must not confirm "12.000 EUR").</summary>
public class BudgetRangeConversationTests
{
    [Fact]
    public async Task A_range_is_echoed_and_summarised_as_the_range_with_its_currency()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Meike Hansen", "eine neue Küche", "offen und hell", "bis Ende März");

        var echoed = string.Join("\n", await chat.SayAsync("zwischen 8.000 und 12.000"));
        var summary = string.Join("\n", await chat.SayAsync("meike@example.com"));

        Assert.StartsWith("8.000–12.000 EUR", echoed);
        Assert.Contains("8.000–12.000 EUR", summary);
        Assert.DoesNotContain(": 12.000 EUR", summary);
    }
}
