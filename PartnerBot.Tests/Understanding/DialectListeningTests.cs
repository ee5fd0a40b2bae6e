using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>Messages in dialect and in everyday phrasing that whole conversations showed misread: complaints, agreements, a wish
/// for a person, questions for the business, thanks, dialect dates, German dates on other pages, an open timeframe and a cancel said
/// after its reasons.</summary>
[Collection(nameof(UnderstandingCollection))]
public class DialectListeningTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Theory]
    [InlineData("Der Schrank, den's uns g'liefert habts, hat an Kratzer", "de-AT")]
    [InlineData("Die Tür, die ihr uns eingebaut habt – des geht so ned!", "de-AT")]
    [InlineData("Sie haben im Sommer unsere Heizung eingebaut und die wird schon nicht mehr warm", "de-DE")]
    [InlineData("Ihr habt uns das Dach gedeckt und jetzt tropft es", "de-DE")]
    [InlineData("Ihre letzte Rechnung kam drei Wochen zu spät", "de-CH")]
    [InlineData("beim letzten Mal wurde der Termin dreimal verschoben", "de-DE")]
    [InlineData("the washing machine you fitted is making a banging noise", "en-GB")]
    [InlineData("the extractor fan you installed is really noisy", "en-GB")]
    public void A_fault_in_work_done_said_in_everyday_words_is_a_complaint(string text, string locale)
    {
        var understood = Understand(text, locale, SlotNames.Wish);

        Assert.Equal(MessageKind.Complaint, understood.Kind);
        Assert.Null(understood.Wish);
    }

    [Theory]
    [InlineData("jo isch guet")]
    [InlineData("jo nu")]
    [InlineData("jo moin, mach ma")]
    [InlineData("ja moin")]
    public void Dialect_agreements_to_the_consent_are_a_yes(string text) =>
        Assert.Equal((YesNo.Yes, MessageKind.Yes), (Understand(text, "de-DE", SlotNames.Consent) is var u ? (u.YesNo, u.Kind) : default));

    [Theory]
    [InlineData("kann ich das nicht lieber mit jemandem am Telefon besprechen?")]
    [InlineData("Können wir das mit einem Mitarbeiter besprechen?")]
    public void Wanting_to_talk_it_over_with_someone_is_a_wish_for_a_person(string text) =>
        Assert.Equal(MessageKind.Human, Understand(text, "de-DE", SlotNames.Vision).Kind);

    [Theory]
    [InlineData("spielt's es a volksmusik oder nur pop?", "de-AT", SlotNames.Vision)]
    [InlineData("Streicht ihr auch Fassaden oder nur innen?", "de-DE", SlotNames.Wish)]
    [InlineData("do you paint fences or only houses?", "en-GB", SlotNames.Vision)]
    [InlineData("ka Ahnung, was kost so was ungefähr?", "de-AT", SlotNames.Budget)]
    public void A_question_about_what_the_business_does_or_costs_is_a_question_not_a_clarification(string text, string locale, string slot) =>
        Assert.Equal(MessageKind.Question, Understand(text, locale, slot).Kind);

    [Theory]
    [InlineData("merci vilmal")]
    [InlineData("Merci viumau")]
    [InlineData("merci vielmal")]
    public void Swiss_thanks_are_small_talk_not_the_vision(string text)
    {
        var understood = Understand(text, "de-CH", SlotNames.Vision);

        Assert.Equal(MessageKind.Greeting, understood.Kind);
    }

    [Theory]
    [InlineData("merci. Ich bi de Lukas Brunner")]
    [InlineData("merci, ich bi d'Anna")]
    public void Merci_in_Swiss_German_does_not_make_the_message_French(string text) =>
        Assert.NotEqual("fr", LanguageGuess.Clear(LanguageGuess.WordsOf(text)));

    [Theory]
    [InlineData("am 14. Mai", "en-GB", "2027-05-14")]
    [InlineData("am 19. dezember", "en-GB", "2026-12-19")]
    [InlineData("bis zum 3. März", "en-US", "2027-03-03")]
    public void A_German_day_and_month_is_read_on_any_page(string text, string locale, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Understand(text, locale, SlotNames.Timeframe).Timeframe?.Date);

    [Theory]
    [InlineData("bis Mitti Januar", "de-CH", "2027-01-15")]
    [InlineData("Mitti Merz", "de-CH", "2027-03-15")]
    [InlineData("heut no, es is dringend!", "de-AT", "2026-11-26")]
    [InlineData("hüt no bitte", "de-CH", "2026-11-26")]
    public void Dialect_dates_give_the_date(string text, string locale, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Understand(text, locale, SlotNames.Timeframe).Timeframe?.Date);

    [Theory]
    [InlineData("hat ka eile", "de-AT")]
    [InlineData("is nich eilig, wann ihr zeit habt", "de-DE")]
    [InlineData("koa stress", "de-AT")]
    public void No_hurry_in_dialect_leaves_the_timeframe_open_not_urgent(string text, string locale)
    {
        var understood = Understand(text, locale, SlotNames.Timeframe);

        Assert.Equal((false, true), (understood.Urgent, understood.OpenTimeframe));
    }

    [Theory]
    [InlineData("6 foot cedar for privacy from the neighbors, and we need it done by the end of may")]
    [InlineData("a privacy screen on the balcony")]
    public void Privacy_as_a_thing_to_build_is_no_question_about_data(string text) =>
        Assert.NotEqual(MessageKind.Privacy, Understand(text, "en-US", SlotNames.Vision).Kind);

    [Theory]
    [InlineData("actually no, I've changed my mind, please cancel the whole thing")]
    [InlineData("hmm no, I don't think this is for me, please stop the chat")]
    public void A_cancel_said_after_its_reasons_is_the_cancel_command(string text) =>
        Assert.Equal(Command.Cancel, Understand(text, "en-GB", SlotNames.Summary).Command?.Command);

    [Theory]
    [InlineData("was es halt kostet")]
    [InlineData("was es halt choschtet")]
    public void Whatever_it_costs_to_the_budget_question_is_a_budget_in_words(string text)
    {
        var understood = Understand(text, "de-CH", SlotNames.Budget);

        Assert.Equal(MessageKind.Answer, understood.Kind);
        Assert.NotNull(understood.BudgetText);
        Assert.Null(understood.Budget);
    }
}
