using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

public class WishRecognizerTests
{
    private readonly WishRecognizer _wishes = new();

    [Theory]
    [InlineData("Ich brauche eine neue Website", "eine neue Website")]
    [InlineData("wir hätten gerne einen Flyer, danke", "einen Flyer")]
    [InlineData("Wir sind auf der Suche nach einer Agentur!", "einer Agentur")]
    [InlineData("I'd like a booking page, please", "a booking page")]
    [InlineData("we are looking for someone to redo our menu; thanks", "someone to redo our menu")]
    public void The_object_of_the_wish(string text, string wish)
    {
        var found = _wishes.Find(text, []);

        Assert.Equal(wish, found?.Value.Value);
    }

    [Fact]
    public void Entities_and_their_connecting_words_are_cut_out()
    {
        const string text = "ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €";
        TextSpan[] entities = [new(text.IndexOf("1. April", StringComparison.Ordinal), "1. April 2027".Length), new(text.IndexOf("5.000", StringComparison.Ordinal), "5.000 €".Length)];

        var found = _wishes.Find(text, entities);

        Assert.Equal("eine neue Website", found?.Value.Value);
        Assert.Equal(text, found?.Value.Text);
    }

    [Theory]
    [InlineData("Hallo, ich bin Anna")]
    [InlineData("ich brauche keine Website")]
    [InlineData("Eine Website")]
    [InlineData("")]
    public void No_wish(string text)
    {
        Assert.Null(_wishes.Find(text, []));
    }
}
