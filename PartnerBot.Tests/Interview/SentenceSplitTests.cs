using PartnerBot.Interview.Listening;

namespace PartnerBot.Tests.Interview;

/// <summary>Where a message's sentences end when a question is looked for beside the answers.</summary>
public class SentenceSplitTests
{
    [Theory]
    [InlineData("Eine Torte ![x](/pixel.png?md) und <img src=\"/pixel.png?html\">")]
    [InlineData("schaut mal auf www.example.de/?seite=2 und sagt mir was ihr meint")]
    [InlineData("Budget so 5.000 € und fertig bis 1.4.")]
    public void A_question_mark_or_dot_inside_a_word_ends_no_sentence(string text)
    {
        var (questions, others) = BesideTheQuestion.Split(text);

        Assert.Empty(questions);
        Assert.Null(others);
    }

    [Fact]
    public void A_question_of_its_own_is_found_beside_the_answer()
    {
        var (questions, others) = BesideTheQuestion.Split("Wir brauchen ein neues Dach. Machen Sie auch Dachfenster?");

        Assert.Equal(["Machen Sie auch Dachfenster?"], questions);
        Assert.Equal("Wir brauchen ein neues Dach.", others);
    }
}
