using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Interview;

namespace PartnerBot.Tests.Conversations;

/// <summary>A complaint said on before its call back is arranged, an e-mail address given with the call back's number, and a date
/// written in German on the English page.</summary>
public class ListeningOnConversationTests
{
    [Fact]
    public async Task A_complaint_said_on_before_its_call_back_is_arranged_stays_one_complaint()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("de-DE");
        await chat.SayAsync("Gabi Schmitz");

        await chat.SayAllAsync("Ihr habt uns im Sommer die Haustür eingebaut und die schließt schon nicht mehr richtig!",
            "Ich warte seit Wochen auf einen Rückruf, wann kommt endlich jemand?", "0221 4567890");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        var complaint = Assert.Single(profile.Requests);
        Assert.Equal(RequestKind.Complaint, complaint.Kind);
        Assert.Contains("Haustür", complaint.Text);
        Assert.Contains("warte seit Wochen", complaint.Text);
        Assert.Equal("+492214567890", profile.Phone);
    }

    [Fact]
    public async Task An_email_address_given_with_the_call_backs_number_is_kept_too()
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("de-CH");
        await chat.SayAsync("Monika Ammann");

        await chat.SayAllAsync("Ihre letzte Offerte kam drei Wochen zu spät, das war nicht professionell.", "079 482 36 15 oder monika@kaeserei-ammann.ch");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(RequestKind.Complaint, Assert.Single(profile.Requests).Kind);
        Assert.Equal("+41794823615", profile.Phone);
        Assert.Equal("monika@kaeserei-ammann.ch", profile.Email);
    }

    [Theory]
    [InlineData("am 14. Mai", 5, 14)]
    [InlineData("am 19. dezember", 12, 19)]
    public async Task A_German_date_on_the_English_page_is_the_timeframe(string date, int month, int day)
    {
        await using var bot = ListeningHarness.Create();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Anke Möller", "catering for a birthday party", "ach, ich schreib einfach auf deutsch: buffet für 30 personen, gern mit kuchen");

        await chat.SayAsync(date);

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(month, profile.Timeframe?.Date?.Month);
        Assert.Equal(day, profile.Timeframe?.Date?.Day);
    }
}
