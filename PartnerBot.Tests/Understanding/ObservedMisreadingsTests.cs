using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>Messages testers wrote that understanding misread before: each is read as the customer meant it now.</summary>
[Collection(nameof(UnderstandingCollection))]
public class ObservedMisreadingsTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Theory]
    [InlineData("Klaus Schreiner", "Klaus Schreiner")]
    [InlineData("Anna Maler", "Anna Maler")]
    [InlineData("Mein Name ist Klaus Schreiner", "Klaus Schreiner")]
    public void Trade_surnames_stay_names(string text, string name) =>
        Assert.Equal(name, Understand(text, expectedSlot: SlotNames.Name).Name?.Name);

    [Fact]
    public void Salutation_and_title_are_their_own_values()
    {
        var frau = Understand("Frau Müller", expectedSlot: SlotNames.Name).Name;
        var doctor = Understand("Fr. Dr. Anna Brandt", expectedSlot: SlotNames.Name).Name;

        Assert.Equal(("Müller", "Frau", (string?)null), (frau?.Name, frau?.Salutation, frau?.Title));
        Assert.Equal(("Anna Brandt", "Frau", "Dr."), (doctor?.Name, doctor?.Salutation, doctor?.Title));
    }

    [Theory]
    [InlineData("so schnell wie möglich", true, false)]
    [InlineData("ASAP", true, false)]
    [InlineData("kein Zeitdruck", false, true)]
    [InlineData("noch offen", false, true)]
    public void Urgent_and_open_timeframes(string text, bool urgent, bool open)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Timeframe);

        Assert.Equal((urgent, open, MessageKind.Answer), (understood.Urgent, understood.OpenTimeframe, understood.Kind));
    }

    [Fact]
    public void Ranges_periods_and_ceilings()
    {
        var range = Understand("6.000 bis 8.000", expectedSlot: SlotNames.Budget).Budget;
        var monthly = Understand("500 im Monat", expectedSlot: SlotNames.Budget).Budget;
        var ceiling = Understand("höchstens 3000", expectedSlot: SlotNames.Budget).Budget;

        Assert.Equal((8000m, 6000m, 8000m), (range?.Amount, range?.Min, range?.Max));
        Assert.Equal("month", monthly?.Per);
        Assert.True(ceiling?.UpTo);
    }

    [Theory]
    [InlineData("kein festes Budget")]
    [InlineData("nach Angebot")]
    public void Budgets_in_words_have_no_amount(string text)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Budget);

        Assert.Null(understood.Budget);
        Assert.NotNull(understood.BudgetText);
    }

    [Theory]
    [InlineData("anna@gmx", EmailProblem.MissingTld)]
    [InlineData("anna@gmx,de", EmailProblem.CommaForDot)]
    public void Attempted_addresses_say_what_is_wrong(string text, EmailProblem problem)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Contact);

        Assert.Null(understood.Email);
        Assert.Equal(problem, understood.EmailProblem);
    }

    [Theory]
    [InlineData("In Ordnung")]
    [InlineData("Geht klar")]
    [InlineData("Passt scho")]
    [InlineData("Jep")]
    [InlineData("Logo")]
    [InlineData("Jaaa")]
    [InlineData("mach ruhig")]
    [InlineData("👍")]
    [InlineData("✅")]
    public void Colloquial_agreement_is_yes(string text)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Consent);

        Assert.Equal((YesNo.Yes, MessageKind.Yes), (understood.YesNo, understood.Kind));
    }

    [Theory]
    [InlineData("Hallo nochmal!", null, MessageKind.Greeting)]
    [InlineData("Kann ich mit jemandem sprechen?", null, MessageKind.Human)]
    [InlineData("Rückruf bitte", null, MessageKind.Callback)]
    [InlineData("Meine Bestellung 4711-0815 ist immer noch nicht da!!!", null, MessageKind.Complaint)]
    [InlineData("Bist du ein Bot?", null, MessageKind.AboutBot)]
    [InlineData("Du kannst mich gerne duzen", null, MessageKind.OfferDu)]
    [InlineData("doch nicht abbrechen", null, MessageKind.Resume)]
    [InlineData("Was passiert mit meinen Daten?", null, MessageKind.Privacy)]
    [InlineData("Machen Sie auch Hausbesuche?", "wish", MessageKind.Question)]
    [InlineData("Was meinen Sie damit genau?", "wish", MessageKind.Clarification)]
    public void Messages_get_their_kind(string text, string? expectedSlot, MessageKind kind)
    {
        var understood = Understand(text, expectedSlot: expectedSlot);

        Assert.Equal(kind, understood.Kind);
        Assert.Null(understood.Wish);
    }

    [Fact]
    public void Numbers_are_read_in_the_messages_language()
    {
        var understood = Understand("around 3,000 euros", expectedSlot: SlotNames.Budget);

        Assert.Equal((3000m, "EUR", "en"), (understood.Budget?.Amount, understood.Budget?.Currency, understood.Language));
    }
}
