using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

public class CorrectionRecognizerTests
{
    private readonly CorrectionRecognizer _corrections = new();

    [Theory]
    [InlineData("Meine Mailadresse lautet anna@neu.de", SlotNames.Email)]
    [InlineData("Telefon: 0171 2345678", SlotNames.Phone)]
    [InlineData("der Zeitpunkt ist doch Ende Mai", SlotNames.Timeframe)]
    [InlineData("Korrigiere bitte mein Budget", SlotNames.Budget)]
    [InlineData("meine Vision ist eigentlich ein Laden", SlotNames.Vision)]
    [InlineData("my phone number is 555", SlotNames.Phone)]
    [InlineData("correct my name please", SlotNames.Name)]
    public void A_named_slot(string text, string slot)
    {
        Assert.Equal(slot, _corrections.Find(text, [])?.Value);
    }

    [Fact]
    public void The_span_covers_the_slot_label()
    {
        const string text = "meine Vision ist eigentlich ein Laden";

        var found = _corrections.Find(text, []);

        Assert.NotNull(found);
        Assert.Equal("meine Vision ist eigentlich", text.Substring(found.Span.Start, found.Span.Length));
    }

    [Theory]
    [InlineData("Korrektur: anna@neu.de", SlotNames.Email)]
    [InlineData("Nein, Ende Mai", SlotNames.Timeframe)]
    public void A_correction_word_with_one_value_corrects_that_value(string text, string slot)
    {
        Assert.Equal(slot, _corrections.Find(text, [slot])?.Value);
    }

    [Theory]
    [InlineData("Korrektur: anna@neu.de, Ende Mai")]
    [InlineData("Ich brauche eigentlich eine Website")]
    [InlineData("")]
    public void No_slot_when_unclear(string text)
    {
        Assert.Null(_corrections.Find(text, [SlotNames.Email, SlotNames.Timeframe]));
    }
}
