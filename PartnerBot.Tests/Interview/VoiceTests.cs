using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>The bot sounds like a partner who listens: it echoes what it understood, names the customer properly, says du when offered.</summary>
public class VoiceTests
{
    [Fact]
    public async Task Acknowledgements_echo_the_answer_and_never_say_a_bare_thanks_or_a_label()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        var replies = new List<string>();
        replies.AddRange(await chat.SayAsync("Anna Schmidt"));
        var afterWish = string.Join("\n", await chat.SayAsync("eine Website mit Tortenbestellung"));
        replies.Add(afterWish);
        foreach (var line in new[] { "Mehr Zeit zum Backen", "bis Ende März", "ca. 5.000 €", "anna@example.com" })
        {
            replies.AddRange(await chat.SayAsync(line));
        }

        Assert.StartsWith("Eine Website mit Tortenbestellung – eine schöne Idee!", afterWish);
        Assert.All(replies, r => Assert.DoesNotContain(bot.German.Thanks, r));
        Assert.All(replies, r => Assert.DoesNotContain("Notiert:", r));
        Assert.Contains(replies, r => r.Contains("Unter anna@example.com erreichen wir Sie.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_values_in_one_message_are_echoed_by_their_content()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();

        var reply = Assert.Single(await chat.SayAsync("Hallo, ich bin Anna Schmidt, ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €, anna@example.com"));

        Assert.StartsWith("Gern notiert: Anna Schmidt, eine neue Website,", reply);
        Assert.Contains("anna@example.com.", reply);
        Assert.DoesNotContain("Zeitrahmen", reply);
    }

    [Theory]
    [InlineData("Frau Müller", "Schön, Sie kennenzulernen, Frau Müller!")]
    [InlineData("Herr Dr. Max von Hohenberg", "Schön, Sie kennenzulernen, Herr Dr. von Hohenberg!")]
    [InlineData("Müller", "Schön, dass Sie da sind!")]
    public async Task The_customer_is_addressed_with_salutation_title_and_surname(string name, string greeting)
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();

        var reply = string.Join("\n", await chat.SayAsync(name));

        Assert.StartsWith(greeting, reply);
        Assert.DoesNotContain(", Müller!", reply);
    }

    [Fact]
    public async Task In_English_a_salutation_addresses_the_customer_by_surname()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");

        Assert.StartsWith("Nice to meet you, Mrs Smith!", string.Join("\n", await chat.SayAsync("Mrs Jane Smith")));
    }

    [Fact]
    public async Task A_customer_who_offers_du_gets_du_and_the_offer_is_no_wish()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var reply = string.Join("\n", await chat.SayAsync("Du kannst mich gerne duzen"));

        Assert.Contains("dann sagen wir du", reply);
        Assert.Contains("Was wünschst du dir", reply);
        Assert.Null(Assert.Single(await bot.AllProfilesAsync()).Wish);
        var later = string.Join("\n", await chat.SayAsync("eine neue Website für meine Bäckerei"));
        Assert.Contains("Wie möchtest du leben und arbeiten", later);
    }

    [Fact]
    public async Task The_business_can_say_du_to_everyone()
    {
        await using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Bot:FormOfAddress"] = "du" });
        var chat = bot.Chat();

        var greeting = string.Join("\n", await chat.JoinAsync());
        Assert.Contains("Schön, dass du da bist.", greeting);
        Assert.Contains("Wie darf ich dich ansprechen?", string.Join("\n", await chat.SayAsync("ja")));
        Assert.StartsWith("Schön, dich kennenzulernen, Anna!", string.Join("\n", await chat.SayAsync("Anna Schmidt")));
    }

    [Fact]
    public async Task A_worried_answer_is_met_with_empathy_first()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAsync("Anna Schmidt");

        var reply = string.Join("\n", await chat.SayAsync("Meine alte Website ist leider furchtbar, ich verliere Kunden"));

        Assert.StartsWith(bot.German.Empathy, reply);
        Assert.DoesNotContain("schöne Idee", reply);
    }

    [Fact]
    public async Task A_correction_at_the_summary_says_what_changed_instead_of_repeating_the_summary()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei", "Mehr Zeit zum Backen", "bis Ende März", "ca. 5.000 €", "anna@example.com");
        Assert.Equal("summary", chat.OnScreen);

        var reply = string.Join("\n", await chat.SayAsync("das Budget ist eher 8.000 €"));

        Assert.StartsWith("Verstanden: Das Budget ist jetzt 8.000 €.", reply);
        Assert.DoesNotContain("- Name:", reply);
        Assert.DoesNotContain("angepasst", reply);
        Assert.Equal("summary", chat.OnScreen);
        Assert.Equal(8000m, Assert.Single(await bot.AllProfilesAsync()).Budget?.Amount);
    }

    [Fact]
    public async Task A_correction_names_a_value_given_with_it_for_the_first_time_and_a_bare_amount_with_its_currency()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "eine neue Website für meine Bäckerei", "Mehr Zeit zum Backen", "bis Ende März", "ca. 5.000 €", "anna@example.com");

        var reply = string.Join("\n", await chat.SayAsync("das Budget ist eher 6000 und meine Nummer ist 0171 2345678"));

        Assert.StartsWith("Verstanden: Das Budget ist jetzt 6.000 EUR und", reply);
        Assert.Contains("die Telefonnummer ist jetzt +49 171 2345678", reply);
        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal((6000m, "+491712345678"), (profile.Budget?.Amount, profile.Phone));
    }

    [Fact]
    public async Task A_phone_number_is_read_back_grouped_and_stored_as_E164()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-GB");
        await chat.SayAllAsync("Anna Smith", "a new website for my bakery", "More time for baking", "by the end of March", "about £5,000");

        var reply = string.Join("\n", await chat.SayAsync("07911 204318"));

        Assert.Contains("+44 7911 204318", reply);
        Assert.DoesNotContain("+447911204318", reply);
        Assert.Equal("+447911204318", Assert.Single(await bot.AllProfilesAsync()).Phone);
    }

    [Fact]
    public async Task In_English_a_correction_says_what_changed()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync("en-US");
        await chat.SayAllAsync("Anna Smith", "a new website for my bakery", "More time for baking", "by the end of March", "about $5,000", "anna@example.com");
        Assert.Equal("summary", chat.OnScreen);

        var reply = string.Join("\n", await chat.SayAsync("my email is actually anna@bakery.com"));

        Assert.StartsWith("Got it: Your email is now anna@bakery.com.", reply);
        Assert.DoesNotContain("- Name:", reply);
    }
}
