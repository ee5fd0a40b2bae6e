using PartnerBot.Tests.Conversations.Scoring;

namespace PartnerBot.Tests.Conversations;

/// <summary>The conversation corpus as tests: every build conversation fully right except those in <see cref="ConversationsNotYetRight"/>,
/// which must still be wrong (so the list never hides a regression), and per part and language group a ratchet on the shares.</summary>
public class ConversationCorpusTests(ConversationCorpusFixture corpus) : IClassFixture<ConversationCorpusFixture>
{
    public static TheoryData<string> RightBuildConversations() =>
        [.. ConversationCorpusFixture.Conversations.Where(c => !c.HeldBack && !ConversationsNotYetRight.Ids.Contains(c.Id)).Select(c => c.Id)];

    public static TheoryData<string, string> PartsAndGroups() =>
        [.. ConversationCorpusFixture.Conversations.Select(c => (c.Part, c.Group)).Distinct()];

    [Theory]
    [MemberData(nameof(RightBuildConversations))]
    public void A_build_conversation_leaves_the_expected_profile(string id)
    {
        var score = corpus.Scores[id];
        Assert.True(score.FullyRight, $"{id}: wrong {string.Join(", ", score.Wrong)}");
    }

    [Fact]
    public void The_conversations_listed_as_not_yet_right_are_build_conversations_still_wrong()
    {
        var build = ConversationCorpusFixture.Conversations.Where(c => !c.HeldBack).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(ConversationsNotYetRight.Ids, id => Assert.True(build.Contains(id), $"{id} is no build conversation"));
        var nowRight = ConversationsNotYetRight.Ids.Where(id => corpus.Scores[id].FullyRight).Order(StringComparer.Ordinal).ToList();
        Assert.True(nowRight.Count == 0, $"right now, take them off ConversationsNotYetRight: {string.Join(", ", nowRight)}");
    }

    [Theory]
    [MemberData(nameof(PartsAndGroups))]
    public void A_part_does_at_least_as_well_as_recorded(string part, string group)
    {
        // Only shares are shown: a held-back conversation's lines and fields never appear in a message.
        var scores = corpus.Scores.Values.Where(s => s.Conversation.Part == part && s.Conversation.Group == group).ToList();
        var (conversations, fields) = ConversationShares.Of(scores);
        (double Conversations, double Fields) floor = default;
        var recorded = ConversationRatchet.Floors.TryGetValue(part, out var groups) && groups.TryGetValue(group, out floor);
        Assert.True(recorded, $"no floor recorded for {part} {group}");
        Assert.True(conversations + 0.05 >= floor.Conversations, $"{part} {group}: conversations fully right {conversations:0.#} % < {floor.Conversations:0.#} %");
        Assert.True(fields + 0.05 >= floor.Fields, $"{part} {group}: fields right {fields:0.#} % < {floor.Fields:0.#} %");
    }
}
