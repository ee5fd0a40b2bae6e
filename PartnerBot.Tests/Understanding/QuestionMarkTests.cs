using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>A question mark makes a question where it ends a sentence, not inside an address the customer pasted.</summary>
[Collection(nameof(UnderstandingCollection))]
public class QuestionMarkTests(UnderstandingFixture fixture)
{
    [Theory]
    [InlineData("Eine Torte wie auf https://example.com/bild.png?groesse=2 bitte")]
    [InlineData("eine neue Website wie www.example.de/?ref=abc")]
    public void A_question_mark_inside_an_address_asks_nothing(string text)
    {
        var understood = fixture.Understanding.Understand(text, "de-DE", "wish", UnderstandingFixture.Now);

        Assert.NotEqual(MessageKind.Question, understood.Kind);
    }

    [Theory]
    [InlineData("Machen Sie auch Hausbesuche?")]
    [InlineData("was kostet das??")]
    [InlineData("Liefern Sie auch nach Graz?!")]
    public void A_question_mark_at_the_end_of_a_sentence_asks(string text)
    {
        var understood = fixture.Understanding.Understand(text, "de-DE", "wish", UnderstandingFixture.Now);

        Assert.Equal(MessageKind.Question, understood.Kind);
    }
}
