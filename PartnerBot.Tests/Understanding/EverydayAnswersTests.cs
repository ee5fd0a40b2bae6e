using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>Answers in everyday and dialect phrasing: a half of the year as the timeframe, an answer checked back with "geht das?",
/// a vision about phoning less, and names after "hier is", "ich bi d" or before "brauch".</summary>
[Collection(nameof(UnderstandingCollection))]
public class EverydayAnswersTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Theory]
    [InlineData("im ersten Halbjahr", "de-DE", "2027-06-30")]
    [InlineData("zweites Halbjahr 2027", "de-DE", "2027-12-31")]
    [InlineData("in der ersten Jahreshälfte", "de-AT", "2027-06-30")]
    [InlineData("au premier semestre", "fr-FR", "2027-06-30")]
    [InlineData("in the second half of the year", "en-GB", "2026-12-31")]
    public void A_half_of_the_year_ends_on_its_last_day(string text, string locale, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Understand(text, locale, SlotNames.Timeframe).Timeframe?.Date);

    [Theory]
    [InlineData("bis Ostern, geht das?", "de-DE")]
    [InlineData("Ende März, wäre das machbar?", "de-AT")]
    [InlineData("by the end of March, is that possible?", "en-GB")]
    [InlineData("fin mars, c'est possible ?", "fr-FR")]
    public void An_answer_checked_back_is_still_the_answer(string text, string locale)
    {
        var understood = Understand(text, locale, SlotNames.Timeframe);

        Assert.Equal(MessageKind.Answer, understood.Kind);
        Assert.NotNull(understood.Timeframe);
    }

    [Fact]
    public void Wanting_to_phone_less_is_a_vision_not_a_call_back() =>
        Assert.Equal(MessageKind.Answer, Understand("dass wir nicht mehr so viel telefonieren müssen", "de-DE", SlotNames.Vision).Kind);

    [Theory]
    [InlineData("moin, hier is ole hansen", "de-DE", "ole hansen")]
    [InlineData("Grüezi, ich bi d Sandra Huber", "de-CH", "Sandra Huber")]
    [InlineData("hi bin der timo wolf brauch ne website", "de-DE", "timo wolf")]
    public void Names_in_everyday_introductions_are_read_without_the_words_around_them(string text, string locale, string name) =>
        Assert.Equal(name, Understand(text, locale, SlotNames.Name).Name?.Name, ignoreCase: true);

    [Theory]
    [InlineData("Rufen S' mi bitte z'ruck, 0664 1234567", SlotNames.Contact)]
    [InlineData("rufen s mi zruck bitte", SlotNames.Contact)]
    public void Austrian_wishes_for_a_call_back_are_a_call_back(string text, string slot) =>
        Assert.Equal(MessageKind.Callback, Understand(text, "de-AT", slot).Kind);

    [Fact]
    public void An_order_that_is_still_not_there_in_dialect_is_a_complaint() =>
        Assert.Equal(MessageKind.Complaint, Understand("hab im Oktober a Regal bestellt und des is immer no ned do", "de-AT", SlotNames.Wish).Kind);

    [Theory]
    [InlineData("a neue Terrasse bräucht ma, mit Überdachung", "de-AT", "Terrasse")]
    [InlineData("eine neue Website brauchen wir", "de-DE", "Website")]
    public void A_wish_said_before_its_verb_is_not_the_subject_after_it(string text, string locale, string word) =>
        Assert.Contains(word, Understand(text, locale, SlotNames.Wish).Wish?.Value ?? "", StringComparison.OrdinalIgnoreCase);
}
