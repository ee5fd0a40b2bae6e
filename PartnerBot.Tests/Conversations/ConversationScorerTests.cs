using System.Text.Json.Nodes;
using PartnerBot.Tests.Conversations.Scoring;

namespace PartnerBot.Tests.Conversations;

/// <summary>The scoring rules of the conversation corpus on profiles made by hand, so the instrument itself is known to be right.</summary>
public class ConversationScorerTests
{
    private static readonly Conversation Anna = new("de-01", "de-DE", ["ja"], new ConversationExpect(
        "completed", Name: "Anna Schmidt", WishIncludes: ["website"], Timeframe: new ExpectedTimeframe(new DateOnly(2027, 3, 31)),
        Budget: new ExpectedBudget(5000, "EUR"), Email: "anna@example.com", Requests: [new ExpectedRequest("question", ["Hausbesuche"])]));

    private static JsonObject Profile() => new()
    {
        ["status"] = "completed",
        ["name"] = "anna schmidt ",
        ["wish"] = "eine neue Website für die Bäckerei",
        ["vision"] = null,
        ["timeframe"] = new JsonObject { ["text"] = "bis Ende März", ["date"] = "2027-03-31", ["urgent"] = false, ["open"] = false },
        ["budget"] = new JsonObject { ["text"] = "ca. 5.000 €", ["amount"] = 5000, ["currency"] = "EUR", ["upTo"] = false },
        ["email"] = "anna@example.com",
        ["phone"] = null,
        ["requests"] = new JsonArray(new JsonObject { ["kind"] = "question", ["text"] = "Machen Sie auch Hausbesuche?" }),
    };

    private static ConversationScore Score(Conversation c, params JsonObject[] profiles) => ConversationScorer.Score(c, new ConversationOutcome([], profiles));

    [Fact]
    public void A_profile_as_expected_is_fully_right_ignoring_case_and_the_exact_wording_of_free_text()
    {
        var score = Score(Anna, Profile());
        Assert.True(score.FullyRight, string.Join(", ", score.Wrong));
        Assert.Equal(["status", "name", "wish", "timeframe", "budget", "email", "requests"], score.Checks.Select(c => c.Field));
    }

    [Fact]
    public void A_field_stored_that_the_customer_did_not_give_is_a_wrong_plus_field()
    {
        var profile = Profile();
        profile["vision"] = "Was meinen Sie damit genau?";
        profile["phone"] = "+4947110815";
        Assert.Equal(["+vision", "+phone"], Score(Anna, profile).Wrong);
    }

    [Fact]
    public void Wrong_values_each_cost_their_field()
    {
        var profile = Profile();
        profile["wish"] = "Machen Sie auch Hausbesuche?";
        profile["timeframe"]!["urgent"] = true;
        profile["budget"]!["upTo"] = true;
        profile["requests"] = new JsonArray(new JsonObject { ["kind"] = "callback", ["text"] = "Machen Sie auch Hausbesuche?" });
        Assert.Equal(["wish", "timeframe", "budget", "requests"], Score(Anna, profile).Wrong);
    }

    [Fact]
    public void No_profile_where_one_is_expected_is_wrong_in_every_field_and_a_second_profile_is_counted()
    {
        Assert.Equal(["status", "name", "wish", "timeframe", "budget", "email", "requests"], Score(Anna).Wrong);
        Assert.Equal(["+profiles"], Score(Anna, Profile(), Profile()).Wrong);
    }

    [Fact]
    public void A_declined_conversation_is_right_only_without_a_profile()
    {
        var declined = Anna with { Expect = new ConversationExpect("none") };
        Assert.True(Score(declined).FullyRight);
        Assert.Equal(["status"], Score(declined, new JsonObject { ["status"] = "in-progress" }).Wrong);
    }

    [Fact]
    public void A_budget_in_words_is_right_with_text_and_without_an_amount()
    {
        var inWords = Anna with { Expect = Anna.Expect with { Budget = new ExpectedBudget(TextOnly: true) } };
        var profile = Profile();
        Assert.Contains("budget", Score(inWords, profile).Wrong);
        profile["budget"] = new JsonObject { ["text"] = "kommt aufs Angebot an" };
        Assert.DoesNotContain("budget", Score(inWords, profile).Wrong);
    }

    [Fact]
    public void The_shares_count_conversations_fully_right_and_every_check()
    {
        var right = Score(Anna, Profile());
        var wrong = Score(Anna);
        var (conversations, fields) = ConversationShares.Of([right, wrong]);
        Assert.Equal(50, conversations);
        Assert.Equal(50, fields);
    }
}
