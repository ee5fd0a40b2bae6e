using Microsoft.Extensions.Options;
using PartnerBot.Interview.Listening;

namespace PartnerBot.Tests.Interview;

public class BusinessFactsTests
{
    [Fact]
    public void The_answer_with_most_of_its_words_wins_in_the_customers_language_and_words_match_longer_ones()
    {
        var facts = Facts(new BusinessFact { Topic = "prices", Answer = "Eine Website gibt es ab 1.500 €." },
            new BusinessFact { Keywords = ["hausbesuch"], Answer = "Ja, wir kommen gern zu Ihnen." });

        Assert.Equal("Ja, wir kommen gern zu Ihnen.", facts.Answer("Machen Sie auch Hausbesuche?", "de-DE"));
        Assert.Equal("Eine Website gibt es ab 1.500 €.", facts.Answer("Was kostet bei Ihnen eine Website?", "de-AT"));
        Assert.Null(facts.Answer("Haben Sie einen Parkplatz?", "de-DE"));
        Assert.Null(facts.Answer("How much is a website?", "en-US"));
    }

    [Fact]
    public void An_unknown_topic_or_a_fact_without_an_answer_is_a_clear_error()
    {
        var unknown = Assert.Throws<OptionsValidationException>(() => Facts(new BusinessFact { Topic = "parking", Answer = "Hinterm Haus." }));
        Assert.Contains("parking", unknown.Message);
        Assert.Throws<OptionsValidationException>(() => Facts(new BusinessFact { Keywords = ["parkplatz"] }));
    }

    private static BusinessFacts Facts(params BusinessFact[] german) =>
        new(Options.Create(new BusinessFactsOptions { Facts = new(StringComparer.OrdinalIgnoreCase) { ["de"] = [.. german] } }));
}
