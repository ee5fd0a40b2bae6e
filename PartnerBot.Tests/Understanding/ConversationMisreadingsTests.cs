using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>Messages that whole conversations showed misread, and the word families that read their like: each as the customer meant it.</summary>
[Collection(nameof(UnderstandingCollection))]
public class ConversationMisreadingsTests(UnderstandingFixture fixture)
{
    private Understood Understand(string text, string locale = "de-DE", string? expectedSlot = null) =>
        fixture.Understanding.Understand(text, locale, expectedSlot, UnderstandingFixture.Now);

    [Theory]
    [InlineData("sabine.koch(at)gmail.com")]
    [InlineData("sabine.koch(ät)gmail.com")]
    [InlineData("sabine.koch [at] gmail.com")]
    [InlineData("sabine.koch at gmail dot com")]
    [InlineData("Meine Mail: sabine.koch (at) gmail (punkt) com")]
    public void Addresses_written_out_are_addresses(string text)
    {
        var understood = Understand(text, expectedSlot: SlotNames.Contact);

        Assert.Equal(("sabine.koch@gmail.com", MessageKind.Answer), (understood.Email?.Address, understood.Kind));
    }

    [Theory]
    [InlineData("I need help planning our wedding", "en-US", "wedding")]
    [InlineData("Wir brauchen Hilfe bei der Steuererklärung für unsere GmbH", "de-DE", "Steuererklärung")]
    public void Asking_for_help_with_something_is_a_wish_not_the_help_command(string text, string locale, string wish)
    {
        var understood = Understand(text, locale);

        Assert.Null(understood.Command);
        Assert.Equal(MessageKind.Answer, understood.Kind);
        Assert.Contains(wish, understood.Wish?.Value ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("I need help", "en-US")]
    [InlineData("Ich brauche Hilfe", "de-DE")]
    public void Help_alone_is_the_help_command(string text, string locale) =>
        Assert.Equal(Command.Help, Understand(text, locale).Command?.Command);

    [Theory]
    [InlineData(null)]
    [InlineData(SlotNames.Consent)]
    public void A_fault_in_work_done_is_a_complaint_even_before_consent(string? expectedSlot)
    {
        var understood = Understand("The boiler you installed last week is leaking!!", "en-GB", expectedSlot);

        Assert.Equal(MessageKind.Complaint, understood.Kind);
        Assert.Null(understood.Timeframe);
    }

    [Theory]
    [InlineData("ich brauch nen Onlineshop", "de-DE", "Onlineshop")]
    [InlineData("bräucht a neue Homepage", "de-AT", "Homepage")]
    [InlineData("Hallo, unser Server im Büro müsste erneuert werden", "de-DE", "Server")]
    public void Colloquial_and_passive_wishes_give_the_wish(string text, string locale, string wish) =>
        Assert.Contains(wish, Understand(text, locale).Wish?.Value ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("möcht ich jetzt nicht sagen")]
    [InlineData("des sag i liaba ned")]
    [InlineData("das möchte ich ungern sagen")]
    [InlineData("I'd rather not share that")]
    public void Declining_to_answer_in_any_word_order_skips_the_question(string text) =>
        Assert.Equal(Command.Skip, Understand(text, expectedSlot: SlotNames.Budget).Command?.Command);

    [Theory]
    [InlineData("koennen sie mich zurueckrufen?", null, MessageKind.Callback)]
    [InlineData("wieso wollt ihr meine Nummer?", SlotNames.Contact, MessageKind.Privacy)]
    [InlineData("Sind meine Daten bei Ihnen sicher?", null, MessageKind.Privacy)]
    [InlineData("Start oder Fertigstellung?", SlotNames.Timeframe, MessageKind.Clarification)]
    [InlineData("Ihr Monteur hat eine Fliese zerbrochen und nichts gesagt!", null, MessageKind.Complaint)]
    [InlineData("moin moin :)", null, MessageKind.Greeting)]
    public void Word_families_tell_the_kind_in_other_phrasings(string text, string? expectedSlot, MessageKind kind) =>
        Assert.Equal(kind, Understand(text, expectedSlot: expectedSlot).Kind);

    [Theory]
    [InlineData("I'd rather not give my email or phone", "en-GB")]
    [InlineData("lieber nicht telefonisch, ich hab wenig zeit", "de-DE")]
    public void A_negated_wish_about_the_phone_is_no_callback(string text, string locale) =>
        Assert.NotEqual(MessageKind.Callback, Understand(text, locale, SlotNames.Contact).Kind);

    [Theory]
    [InlineData("bitte loeschen sie meine daten", Command.DeleteData)]
    [InlineData("zeig mir mal die zusammenfassung", Command.Summary)]
    [InlineData("Kann ich meine Angaben nochmal sehen?", Command.MyData)]
    public void Commands_are_read_by_their_key_words_and_without_umlauts(string text, Command command) =>
        Assert.Equal(command, Understand(text).Command?.Command);
}
