using Microsoft.Bot.Schema;
using PartnerBot.Interview.Questions;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>The summary apart from the next question, files, a refused contact and "Daten löschen" asked once.</summary>
public class SmallThingsTests
{
    [Fact]
    public async Task The_summary_mid_interview_is_a_message_of_its_own_and_the_question_follows_apart()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var replies = await chat.SayAsync("zusammenfassung");

        Assert.Equal(2, replies.Count);
        Assert.Contains("- Telefon:", replies[0]);
        Assert.DoesNotContain(bot.German.Questions["wish"], replies[0]);
        Assert.Equal(bot.German.Questions["wish"], replies[1]);
    }

    [Theory]
    [InlineData("de-DE", "Dateien kann ich hier leider nicht annehmen")]
    [InlineData("en-US", "I'm afraid I can't take files here")]
    public async Task A_file_gets_a_friendly_answer_with_the_businesss_contact(string locale, string answer)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync(locale);
        var activity = chat.Adapter.MakeActivity();
        activity.Attachments = [new Attachment("image/png", "https://example.com/plan.png", name: "plan.png")];

        var reply = string.Join("\n", await chat.SendAsync(activity));

        Assert.Contains(answer, reply);
        Assert.Contains("030 1234567", reply);
        Assert.Equal("name", chat.OnScreen);
    }

    [Theory]
    [InlineData("de-DE", "Ich möchte keine Kontaktdaten angeben", "Eine E-Mail-Adresse oder Nummer hilft Bäckerei Sonnenschein nur")]
    [InlineData("en-US", "I'd rather not give any contact details", "An email or number only lets Bäckerei Sonnenschein answer you")]
    public async Task A_refused_contact_is_explained_once_flagged_and_never_asked_again(string locale, string refusal, string explanation)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync(locale);
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        await chat.SayAllAsync("Anna Schmidt", english ? "a new website for my bakery" : "eine neue Website für meine Bäckerei");
        for (var turn = 0; turn < 6 && chat.OnScreen != "contact"; turn++)
        {
            await chat.SayAsync(english ? "skip" : "überspringen");
        }

        var reply = string.Join("\n", await chat.SayAsync(refusal));

        Assert.Contains(explanation, reply);
        Assert.Contains("030 1234567", reply);
        Assert.Equal("summary", chat.OnScreen);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.True(profile.Answers[ContactQuestion.WithheldField]?.GetValue<bool>());
        await chat.SayAsync(english ? "yes" : "ja");
        Assert.True(Assert.Single(await bot.AllProfilesAsync()).Completed);
    }

    [Fact]
    public async Task Deleting_the_data_asks_once_with_buttons_and_only_a_yes_erases()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var asked = string.Join("\n", await chat.SayAsync("Daten löschen"));
        Assert.Contains("Sind Sie sicher?", asked);
        Assert.Equal(["Ja, alles löschen", "Nein, behalten"], chat.LastChoices);
        Assert.Single(await bot.AllProfilesAsync());

        var kept = string.Join("\n", await chat.SayAsync("Nein, behalten"));
        Assert.Contains(bot.German.DeleteKept, kept);
        Assert.Contains(bot.German.Questions["wish"], kept);
        Assert.Equal("Anna Schmidt", Assert.Single(await bot.AllProfilesAsync()).Name);

        await chat.SayAsync("Daten löschen");
        var erased = string.Join("\n", await chat.SayAsync("Ja, alles löschen"));
        Assert.Contains(bot.German.Deleted, erased);
        Assert.Empty(await bot.AllProfilesAsync());
    }

    [Fact]
    public async Task A_yes_long_after_the_erasure_question_erases_nothing()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAsync("Anna Smith");
        Assert.Contains("Are you sure?", string.Join("\n", await chat.SayAsync("delete my data")));

        await chat.SayAsync("a new website for my bakery");
        await chat.SayAsync("yes");

        Assert.Equal("a new website for my bakery", Assert.Single(await bot.AllProfilesAsync()).Wish);
    }
}
