using PartnerBot.Bots;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class TextUnderstandingTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Fact]
    public void The_full_German_introduction()
    {
        var understood = Understand("Hallo, ich bin Anna Schmidt, ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €, anna@example.com");

        Assert.Equal("Anna Schmidt", understood.Name?.Name);
        Assert.Equal("eine neue Website", understood.Wish?.Value);
        Assert.Equal(new DateOnly(2027, 4, 1), understood.Timeframe?.Date);
        Assert.Equal(5000m, understood.Budget?.Amount);
        Assert.Equal("EUR", understood.Budget?.Currency);
        Assert.Equal("anna@example.com", understood.Email?.Address);
        Assert.Null(understood.Phone);
        Assert.Null(understood.Command);
        Assert.Equal(YesNo.None, understood.YesNo);
    }

    [Fact]
    public void The_full_English_introduction()
    {
        var understood = Understand("Hi, I'm John Smith, I need a new online shop by April 1st 2027 for $2,500, john@example.com, call me at (415) 555-0100", "en-US");

        Assert.Equal("John Smith", understood.Name?.Name);
        Assert.Equal("a new online shop", understood.Wish?.Value);
        Assert.Equal(new DateOnly(2027, 4, 1), understood.Timeframe?.Date);
        Assert.Equal(2500m, understood.Budget?.Amount);
        Assert.Equal("USD", understood.Budget?.Currency);
        Assert.Equal("john@example.com", understood.Email?.Address);
        Assert.Equal("+14155550100", understood.Phone?.E164);
    }

    [Theory]
    [InlineData("Ich brauche eine neue Website.", "eine neue Website")]
    [InlineData("ich möchte gerne einen Onlineshop für meine Bäckerei", "einen Onlineshop für meine Bäckerei")]
    [InlineData("Wir suchen jemanden für unser Logo", "jemanden für unser Logo")]
    [InlineData("ich wünsche mir eine Website, die modern aussieht", "eine Website, die modern aussieht")]
    [InlineData("Wir planen einen Relaunch im Sommer", "einen Relaunch")]
    [InlineData("Ich hätte gern ein neues Logo bis Ende März", "ein neues Logo")]
    [InlineData("Ich bin auf der Suche nach einer Agentur, mein Budget ist 3.000 €", "einer Agentur")]
    [InlineData("mein Wunsch ist eigentlich ein Shop", "ein Shop")]
    [InlineData("Wir sind eine kleine Schreinerei und suchen eine moderne Website", "eine moderne Website")]
    [InlineData("Ich möchte eine Website mit Terminbuchung, am besten bis Anfang Juni, maximal 3000 €", "eine Website mit Terminbuchung")]
    [InlineData("moin, ich bräuchte ein logo bis nächste woche, budget 500", "ein logo")]
    [InlineData("Wir brauchen eine Website (ca. 20 Seiten) bis März", "eine Website (ca. 20 Seiten)")]
    [InlineData("Ich bin Fotografin und brauche ein Portfolio", "ein Portfolio")]
    public void German_wishes(string text, string wish)
    {
        Assert.Equal(wish, Understand(text).Wish?.Value);
    }

    [Theory]
    [InlineData("I need a booking system.", "a booking system")]
    [InlineData("I want a website with a blog by next month", "a website with a blog")]
    [InlineData("I'm looking for a logo designer", "a logo designer")]
    [InlineData("we'd like a new shop for about $5,000", "a new shop")]
    [InlineData("my wish is actually a mobile app", "a mobile app")]
    [InlineData("We are a small carpentry and need a modern website", "a modern website")]
    [InlineData("I want a website with online booking for about $3,000 - my number is 415-555-0100", "a website with online booking")]
    public void English_wishes(string text, string wish)
    {
        Assert.Equal(wish, Understand(text, "en-US").Wish?.Value);
    }

    [Theory]
    [InlineData("Hallo! Eine Website für mein Café, bis Ende März", "Eine Website für mein Café")]
    [InlineData("ja, einen Onlineshop", "einen Onlineshop")]
    public void The_remainder_is_the_wish_when_the_wish_was_asked_for(string text, string wish)
    {
        Assert.Equal(wish, Understand(text, expectedSlot: SlotNames.Wish).Wish?.Value);
    }

    [Theory]
    [InlineData("Eine Website für mein Café", "Eine Website für mein Café")]
    [InlineData("eine neue Küche für rund 12.000 €", "eine neue Küche")]
    [InlineData("a new website for my bakery", "a new website for my bakery")]
    [InlineData("une terrasse en bois", "une terrasse en bois")]
    public void A_thing_named_with_its_article_is_the_wish_when_nothing_is_asked(string text, string wish)
    {
        Assert.Equal(wish, Understand(text).Wish?.Value);
    }

    [Theory]
    [InlineData("de-DE", "Kai, und Sie?", "Kai")]
    [InlineData("en-GB", "Tom, and you?", "Tom")]
    [InlineData("fr-FR", "Je m'appelle Luc, et vous ?", "Luc")]
    public void A_polite_question_back_after_the_name_is_no_question_for_the_business(string locale, string text, string name)
    {
        var understood = Understand(text, locale, SlotNames.Name);
        Assert.Equal((MessageKind.Answer, name), (understood.Kind, understood.Name?.Name));
    }

    [Theory]
    [InlineData("Gestatten, Friedrich Hoffmann", "Friedrich Hoffmann")]
    [InlineData("Darf ich mich vorstellen: Petra Lang", "Petra Lang")]
    public void A_formal_introduction_leads_to_the_name(string text, string name)
    {
        Assert.Equal(name, Understand(text, expectedSlot: SlotNames.Name).Name?.Name);
    }

    [Theory]
    [InlineData("fr-CH", "c'est HT ou TTC ?")]
    [InlineData("de-DE", "ist das mit MwSt oder ohne? also inkl. USt?")]
    public void Abbreviations_in_capitals_are_no_name(string locale, string text)
    {
        Assert.Null(Understand(text, locale, SlotNames.Budget).Name);
    }

    [Fact]
    public void No_thought_given_yet_leaves_the_timeframe_open_and_says_nothing_of_the_budget()
    {
        var understood = Understand("hab ich mir noch keine Gedanken drüber gemacht", expectedSlot: SlotNames.Timeframe);
        Assert.Equal((true, (TextMatch?)null), (understood.OpenTimeframe, understood.BudgetText));
    }

    [Theory]
    [InlineData("du kannst mich Kai nennen")]
    [InlineData("du kannst mich gern duzen")]
    public void Du_with_German_words_is_German_not_French(string text)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Name);
        Assert.Null(understood.Language);
        Assert.NotEqual("Gern", understood.Name?.Name);
    }

    [Theory]
    [InlineData("eine Frage hätte ich noch")]
    [InlineData("eine gute Idee!")]
    [InlineData("ich bin Anna")]
    [InlineData("Hallo")]
    [InlineData("ich brauche keine Website")]
    [InlineData("Ich möchte dass meine Kunden sich wohlfühlen")]
    [InlineData("I need nothing else")]
    public void No_wish_without_a_wished_thing_when_not_asked(string text)
    {
        Assert.Null(Understand(text).Wish);
    }

    [Theory]
    [InlineData("de-DE", "die E-Mail ist eigentlich anna@neu.de", SlotNames.Email)]
    [InlineData("de-DE", "meine E-Mail ist anna@neu.de", SlotNames.Email)]
    [InlineData("de-DE", "mein Name ist eigentlich Anna Maier", SlotNames.Name)]
    [InlineData("de-DE", "ich heiße doch Anna Maier", SlotNames.Name)]
    [InlineData("de-DE", "das Budget ist eher 8.000 €", SlotNames.Budget)]
    [InlineData("de-DE", "der Termin ist doch Ende Mai", SlotNames.Timeframe)]
    [InlineData("de-DE", "Der Zeitraum ist eigentlich nächsten Sommer", SlotNames.Timeframe)]
    [InlineData("de-DE", "meine Telefonnummer ist 0171 2345678", SlotNames.Phone)]
    [InlineData("de-DE", "mein Wunsch ist eigentlich ein Shop", SlotNames.Wish)]
    [InlineData("de-DE", "meine Vision ist eine Bäckerei, die jeder kennt", SlotNames.Vision)]
    [InlineData("de-DE", "Korrektur: eigentlich anna@neu.de", SlotNames.Email)]
    [InlineData("en-US", "actually the deadline is the end of May", SlotNames.Timeframe)]
    [InlineData("en-US", "my email is actually anna@new.com", SlotNames.Email)]
    [InlineData("en-US", "change my phone number to (415) 555-0100", SlotNames.Phone)]
    [InlineData("en-US", "my wish is actually a mobile app", SlotNames.Wish)]
    [InlineData("de-DE", "Nein, Ende Mai", SlotNames.Timeframe)]
    [InlineData("de-DE", "eigentlich eher 8.000 €", SlotNames.Budget)]
    [InlineData("en-US", "Actually, anna@new.com", SlotNames.Email)]
    [InlineData("de-DE", "Sorry, vertippt: 0171 2345679", SlotNames.Phone)]
    public void Corrections_name_the_slot(string locale, string text, string slot)
    {
        Assert.Equal(slot, Understand(text, locale).CorrectedSlot);
    }

    [Fact]
    public void A_correction_fills_the_value_too()
    {
        var understood = Understand("die E-Mail ist eigentlich anna@neu.de");

        Assert.Equal("anna@neu.de", understood.Email?.Address);
        Assert.Equal(SlotNames.Email, understood.CorrectedSlot);
    }

    [Fact]
    public void A_budget_correction_takes_the_new_amount()
    {
        var understood = Understand("das Budget ist eher 8.000 €");

        Assert.Equal(8000m, understood.Budget?.Amount);
        Assert.Equal(SlotNames.Budget, understood.CorrectedSlot);
    }

    [Fact]
    public void A_vision_correction_leaves_the_vision_as_remainder()
    {
        var understood = Understand("meine Vision ist eigentlich eine Bäckerei, die jeder im Viertel kennt");

        Assert.Equal(SlotNames.Vision, understood.CorrectedSlot);
        Assert.Equal("eine Bäckerei, die jeder im Viertel kennt", understood.Remainder);
    }

    [Theory]
    [InlineData("Ich brauche eine Website")]
    [InlineData("Anna Schmidt")]
    [InlineData("ich bin Anna")]
    [InlineData("ich heiße Anna Maier")]
    [InlineData("Ich brauche eigentlich eine Website bis Ende März")]
    [InlineData("Wir haben doch schon 5.000 € eingeplant")]
    public void Ordinary_answers_correct_nothing(string text)
    {
        Assert.Null(Understand(text).CorrectedSlot);
    }

    [Theory]
    [InlineData("Hallo, ich stelle mir eine Seite vor, die warm und einladend wirkt. Danke!", "ich stelle mir eine Seite vor, die warm und einladend wirkt")]
    [InlineData("Ich bin Anna, bis Ende März, 5.000 €, anna@example.com", "")]
    [InlineData("Good morning! We want customers to feel at home, by next summer", "We want customers to feel at home")]
    [InlineData("ja, das wäre schön", "das wäre schön")]
    [InlineData("Tel: 0049 171 2345678", "")]
    [InlineData("Das Budget liegt so bei 4000", "")]
    public void The_remainder_is_the_free_text(string text, string remainder)
    {
        var locale = text.StartsWith("Good", StringComparison.Ordinal) ? "en-US" : "de-DE";

        Assert.Equal(remainder, Understand(text, locale).Remainder);
    }

    [Fact]
    public void Yes_and_a_name_together()
    {
        var understood = Understand("ja, mein Name ist Anna");

        Assert.Equal(YesNo.Yes, understood.YesNo);
        Assert.Equal("Anna", understood.Name?.Name);
    }

    [Fact]
    public void A_command_is_the_whole_message()
    {
        var understood = Understand("Daten löschen");

        Assert.Equal(Command.DeleteData, understood.Command?.Command);
        Assert.Null(understood.Wish);
        Assert.Equal("", understood.Remainder);
    }

    [Theory]
    [InlineData(SlotNames.Name, "Anna Schmidt")]
    [InlineData(null, null)]
    public void A_bare_name_counts_only_for_the_name_question(string? expectedSlot, string? name)
    {
        Assert.Equal(name, Understand("Anna Schmidt", expectedSlot: expectedSlot).Name?.Name);
    }

    [Theory]
    [InlineData("de-DE", "5000", "EUR")]
    [InlineData("en-US", "5000", "USD")]
    [InlineData("en-GB", "about 5000", "GBP")]
    [InlineData("fr-FR", "5000", "EUR")]
    [InlineData("", "5000", "EUR")]
    public void A_bare_budget_takes_the_locales_currency(string locale, string text, string currency)
    {
        var understood = Understand(text, locale, SlotNames.Budget);

        Assert.Equal(5000m, understood.Budget?.Amount);
        Assert.Equal(currency, understood.Budget?.Currency);
        Assert.Null(understood.Timeframe);
        Assert.Null(understood.Phone);
    }

    [Fact]
    public void A_bare_timeframe_answer()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), Understand("morgen", expectedSlot: SlotNames.Timeframe).Timeframe?.Date);
    }

    [Fact]
    public void Phone_numbers_and_amounts_do_not_become_dates_or_money()
    {
        var understood = Understand("Meine Nummer ist 0171 2345678 und das Budget 5.000 €");

        Assert.Equal("+491712345678", understood.Phone?.E164);
        Assert.Equal(5000m, understood.Budget?.Amount);
        Assert.Null(understood.Timeframe);
    }

    [Fact]
    public void A_name_that_is_also_a_month_is_no_date()
    {
        var understood = Understand("Ich heiße April Mai");

        Assert.Equal("April Mai", understood.Name?.Name);
        Assert.Null(understood.Timeframe);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData("😀🎉👋")]
    [InlineData("\0\u0001\u0002")]
    [InlineData("Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇")]
    [InlineData("\uD800 broken surrogate")]
    [InlineData("@@@ ... ,,, €€€ $$$")]
    public void Odd_input_never_throws(string text)
    {
        var understood = Understand(text);

        Assert.Null(understood.Name);
        Assert.Null(understood.Email);
        Assert.Null(understood.Command);
    }

    [Fact]
    public void Messages_read_in_parallel_give_the_same_results()
    {
        string[] messages =
        [
            "Hallo, ich bin Anna Schmidt, ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €, anna@example.com",
            "Meine Nummer ist 0171 2345678, Budget zwischen 3.000 und 5.000 Euro, im Sommer",
            "Hi, I'm John Smith, I need a new online shop by next Friday for $2,500",
            "ja",
        ];
        var expected = messages.Select(m => Understand(m)).ToArray();

        var results = new Understood[40];
        Parallel.For(0, results.Length, i => results[i] = Understand(messages[i % messages.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % messages.Length], results[i]);
        }
    }

    [Theory]
    [InlineData("99999999999999999999999999999999k € anna@example.com")]
    [InlineData("79228162514264337593543950335999 Euro anna@example.com")]
    [InlineData("KW 99 anna@example.com")]
    public void Absurd_numbers_do_not_cost_the_rest(string text)
    {
        Assert.Equal("anna@example.com", Understand(text, expectedSlot: SlotNames.Budget).Email?.Address);
    }

    [Fact]
    public void Null_input_gives_an_empty_result()
    {
        Assert.Equal(new Understood(), fixture.Understanding.Understand(null!, null!, null, UnderstandingFixture.Now));
    }

    [Fact]
    public void A_very_long_message_is_read_from_its_start()
    {
        var text = "Ich bin Anna Schmidt, anna@example.com. " + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet 12 ", 700));

        var understood = Understand(text);

        Assert.True(text.Length > 20_000);
        Assert.Equal("Anna Schmidt", understood.Name?.Name);
        Assert.Equal("anna@example.com", understood.Email?.Address);
        Assert.True(understood.Remainder.Length <= BotOptions.DefaultMaxMessageLength);
    }
}
