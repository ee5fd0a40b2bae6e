using PartnerBot.Languages;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

public class NameRecognizerTests
{
    private readonly NameRecognizer _names = new();

    // The recognizer's own entry point, as TextUnderstanding calls it (nothing excluded).
    private NameMatch? Recognize(string text, string? expectedSlot) => _names.Find(text, expectedSlot)?.Value;

    [Theory]
    [InlineData("Hallo, ich bin Anna Schmidt, ich brauche eine Website", "Anna Schmidt")]
    [InlineData("Ich heiße Jürgen Weiß.", "Jürgen Weiß")]
    [InlineData("ich heisse Sören Großmann und brauche Hilfe", "Sören Großmann")]
    [InlineData("Mein Name ist Frau Dr. Anna-Lena Müller-Lüdenscheidt", "Anna-Lena Müller-Lüdenscheidt")]
    [InlineData("Hier ist Herr Prof. Klaus Ötztürk", "Klaus Ötztürk")]
    [InlineData("Name: Aylin Yıldız", "Aylin Yıldız")]
    [InlineData("Hallo, hier ist die Anna", "Anna")]
    [InlineData("MEIN NAME IST Renée Dubois", "Renée Dubois")]
    [InlineData("mein Name ist eigentlich Anna Maier", "Anna Maier")]
    [InlineData("Ich bin Anna von Bergen und möchte einen Shop", "Anna von Bergen")]
    [InlineData("I'm Sean O'Brien and I need a website", "Sean O'Brien")]
    [InlineData("Hi, I am Mr. John Smith.", "John Smith")]
    [InlineData("my name is Mary Jane Watson-Parker", "Mary Jane Watson-Parker")]
    [InlineData("This is Ms Priya Patel, I want a shop", "Priya Patel")]
    [InlineData("call me Bob", "Bob")]
    [InlineData("I'm Will Smith", "Will Smith")]
    [InlineData("I’m Zoë", "Zoë")]
    [InlineData("Hi ich bins, die Lisa", "Lisa")]
    [InlineData("Ich bin Frau Müller", "Müller")]
    [InlineData("Ich bin Anna von  der Bäckerei Schmidt", "Anna")]
    public void Names_in_the_customers_own_phrasing(string text, string name)
    {
        Assert.Equal(name, Recognize(text, null)?.Name);
    }

    [Theory]
    [InlineData("ich bin anna", "Anna")]
    [InlineData("hi, i'm sean o'brien", "Sean O'Brien")]
    [InlineData("mein name ist anna-lena schmidt", "Anna-Lena Schmidt")]
    public void An_all_lower_case_message_gets_capitalised_names(string text, string name)
    {
        Assert.Equal(name, Recognize(text, null)?.Name);
    }

    [Theory]
    [InlineData("ich bin auf der Suche nach einer Website")]
    [InlineData("Ich bin interessiert an einem Shop")]
    [InlineData("ich bin Inhaber einer Bäckerei")]
    [InlineData("I'm looking for a new website")]
    [InlineData("I am fine, thanks")]
    [InlineData("i am interested in a shop")]
    [InlineData("This is my number: 0171 2345678")]
    [InlineData("this is great")]
    [InlineData("hier ist meine E-Mail")]
    [InlineData("eine Bäckerei, die jeder im Viertel kennt")]
    [InlineData("ich bin morgen erreichbar")]
    [InlineData("ich bin anna@example.com")]
    [InlineData("I am German and run a bakery")]
    [InlineData("Ich bin Freiberuflerin")]
    [InlineData("Ich bin Fotografin und brauche ein Portfolio")]
    [InlineData("Ich bin Friseurmeisterin")]
    [InlineData("I'm a teacher")]
    [InlineData("Anna Schmidt")]
    [InlineData("")]
    public void Phrases_that_introduce_no_name(string text)
    {
        Assert.Null(Recognize(text, null));
    }

    [Theory]
    [InlineData("Anna Schmidt", "Anna Schmidt")]
    [InlineData("Dr. Jürgen Weiß", "Jürgen Weiß")]
    [InlineData("anna", "Anna")]
    [InlineData("Hallo! Ölçay Şahin.", "Ölçay Şahin")]
    [InlineData("Anna Schmidt, anna@example.com", "Anna Schmidt")]
    [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
    public void A_bare_answer_to_the_name_question(string text, string name)
    {
        Assert.Equal(name, Recognize(text, SlotNames.Name)?.Name);
    }

    [Theory]
    [InlineData("weiß ich nicht")]
    [InlineData("keine Ahnung")]
    [InlineData("no idea")]
    [InlineData("ja")]
    [InlineData("Anna 123")]
    [InlineData("eine neue Website für mein Café")]
    [InlineData("Anna Maria Luise Sophie Schmidt")]
    [InlineData("😀")]
    public void Bare_answers_that_are_no_name(string text)
    {
        Assert.Null(Recognize(text, SlotNames.Name));
    }

    [Fact]
    public void The_span_ends_with_the_name_even_before_a_dropped_particle()
    {
        const string text = "Ich bin Anna von  der Bäckerei";

        var found = _names.Find(text, null);

        Assert.Equal("Ich bin Anna", found?.Value.Text);
    }

    [Fact]
    public void The_span_covers_the_whole_phrase()
    {
        const string text = "Hallo, ich bin Anna Schmidt, danke";

        var found = _names.Find(text, null);

        Assert.NotNull(found);
        Assert.Equal("ich bin Anna Schmidt", text.Substring(found.Span.Start, found.Span.Length));
        Assert.Equal("ich bin Anna Schmidt", found.Value.Text);
    }
}
