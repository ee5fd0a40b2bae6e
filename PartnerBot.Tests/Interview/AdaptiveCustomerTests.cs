using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>A customer who reads each of the bot's questions and answers exactly the one on screen (not a fixed script): whatever
/// order the bot asks in, whatever it skips because it already knows, the profile ends complete and right.</summary>
public class AdaptiveCustomerTests
{
    /// <summary>What the customer knows about themselves and how they say it; the first answer to the wish also tells the deadline.</summary>
    private sealed record Persona(string Locale, string Yes, string Name, string Wish, string Vision, string Timeframe, string Budget, string Email);

    private static readonly Persona German = new("de-DE", "ja", "Frau Dr. Anna Brandt", "Eine Website mit Tortenbestellung, fertig bis Ende März",
        "Ich möchte heute und in ein paar Jahren mehr Zeit für meine Familie haben", "bis Ende März", "so um die 4.000 €", "anna.brandt@example.com");

    private static readonly Persona English = new("en-US", "yes", "Mrs Anna Brandt", "A website where customers order cakes, ready by the end of March",
        "Today and in a few years I want more time for my family", "by the end of March", "around $4,000", "anna.brandt@example.com");

    [Fact]
    public Task A_German_customer_who_answers_what_is_asked_ends_with_a_complete_profile() => TalkAsync(German, "Website mit Tortenbestellung");

    [Fact]
    public Task An_English_customer_who_answers_what_is_asked_ends_with_a_complete_profile() => TalkAsync(English, "website where customers order cakes");

    private static async Task TalkAsync(Persona persona, string wishCore)
    {
        await using var bot = new BotHarness();
        var chat = bot.Chat(persona.Locale);
        await chat.JoinAsync();
        var asked = new List<string>();
        for (var turn = 0; turn < 15 && chat.OnScreen is { } onScreen; turn++)
        {
            asked.Add(onScreen);
            await chat.SayAsync(Answer(persona, onScreen));
        }

        Assert.Null(chat.OnScreen);
        // The deadline came with the wish, so the bot never asked for it.
        Assert.Equal(["consent", "name", "wish", "vision", "budget", "contact", "summary"], asked);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(ProfileStatus.Completed, profile.Status);
        Assert.Equal("Anna Brandt", profile.Name);
        Assert.Equal(persona.Locale.StartsWith("de", StringComparison.Ordinal) ? "Frau" : "Mrs", profile.Answers.Text("salutation"));
        Assert.Contains(wishCore, profile.Wish, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(persona.Vision, profile.Vision);
        Assert.Equal(new DateOnly(2027, 3, 31), profile.Timeframe?.Date);
        Assert.Equal(4000m, profile.Budget?.Amount);
        Assert.Equal("anna.brandt@example.com", profile.Email);
    }

    /// <summary>The persona's answer to the question the bot names as on screen.</summary>
    private static string Answer(Persona persona, string onScreen) => onScreen switch
    {
        "consent" or "summary" => persona.Yes,
        "name" => persona.Name,
        "wish" => persona.Wish,
        "vision" => persona.Vision,
        "timeframe" => persona.Timeframe,
        "budget" => persona.Budget,
        "contact" => persona.Email,
        _ => throw new InvalidOperationException($"The bot asks for '{onScreen}', which the customer does not know about."),
    };
}
