using PartnerBot.Profiles;
using PartnerBot.Tests.Profiles;

namespace PartnerBot.Tests.Privacy;

public sealed class CustomerDataEraserTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Erasing_a_customer_removes_profiles_entries_state_and_transcripts_of_every_conversation(string provider)
    {
        using var world = new PrivacyWorld(provider, Now);
        await world.Profiles.SaveAsync(Profile("p1", "anna", "c1"), [TestProfiles.Entry("wish", Now, "a1") with { ChannelId = "webchat", ConversationId = "c1" }], Ct);
        await world.Profiles.SaveAsync(Profile("p2", "anna", "c2"), [], Ct);
        await world.Profiles.SaveAsync(Profile("p3", "berta", "c3"), [], Ct);
        foreach (var (user, conversation) in new[] { ("anna", "c1"), ("anna", "c2"), ("anna", "c-now"), ("berta", "c3") })
        {
            await world.LeaveTracesAsync("webchat", user, conversation);
        }

        var removed = await world.Eraser.EraseCustomerAsync("webchat", "anna", ["c-now"], Ct);

        Assert.Equal(2, removed);
        Assert.Null(await world.Profiles.GetAsync("p1", Ct));
        Assert.Null(await world.Profiles.GetAsync("p2", Ct));
        Assert.Empty(await world.Profiles.FindIdsByCustomerAsync("webchat", "anna", Ct));
        Assert.False(await world.HasUserStateAsync("webchat", "anna"));
        foreach (var conversation in new[] { "c1", "c2", "c-now" })
        {
            Assert.False(await world.HasConversationStateAsync("webchat", conversation), conversation);
            Assert.False(await world.HasTranscriptAsync("webchat", conversation), conversation);
        }

        Assert.NotNull(await world.Profiles.GetAsync("p3", Ct));
        Assert.True(await world.HasUserStateAsync("webchat", "berta"));
        Assert.True(await world.HasConversationStateAsync("webchat", "c3"));
        Assert.True(await world.HasTranscriptAsync("webchat", "c3"));
    }

    [Fact]
    public async Task Erasing_a_customer_without_a_profile_still_erases_the_current_conversation()
    {
        using var world = new PrivacyWorld("Memory", Now);
        await world.LeaveTracesAsync("webchat", "anna", "c1");

        Assert.Equal(0, await world.Eraser.EraseCustomerAsync("webchat", "anna", ["c1"], Ct));

        Assert.False(await world.HasUserStateAsync("webchat", "anna"));
        Assert.False(await world.HasConversationStateAsync("webchat", "c1"));
        Assert.False(await world.HasTranscriptAsync("webchat", "c1"));
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Erasing_a_profile_removes_it_with_its_customers_state_and_transcript(string provider)
    {
        using var world = new PrivacyWorld(provider, Now);
        await world.Profiles.SaveAsync(Profile("p1", "anna", "c1"), [], Ct);
        await world.Profiles.SaveAsync(Profile("p2", "berta", "c2"), [], Ct);
        await world.LeaveTracesAsync("webchat", "anna", "c1");
        await world.LeaveTracesAsync("webchat", "berta", "c2");

        Assert.True(await world.Eraser.EraseProfileAsync("p1", Ct));
        Assert.False(await world.Eraser.EraseProfileAsync("p1", Ct));

        Assert.Null(await world.Profiles.GetAsync("p1", Ct));
        Assert.False(await world.HasUserStateAsync("webchat", "anna"));
        Assert.False(await world.HasConversationStateAsync("webchat", "c1"));
        Assert.False(await world.HasTranscriptAsync("webchat", "c1"));
        Assert.NotNull(await world.Profiles.GetAsync("p2", Ct));
        Assert.True(await world.HasConversationStateAsync("webchat", "c2"));
        Assert.True(await world.HasTranscriptAsync("webchat", "c2"));
    }

    internal static PartnerProfile Profile(string id, string userId, string conversationId, DateTimeOffset? updatedAt = null, string status = ProfileStatus.InProgress) =>
        TestProfiles.Minimal(id, updatedAt ?? Now, status, userId) is var profile
            ? new PartnerProfile
            {
                Id = profile.Id,
                UserId = profile.UserId,
                ChannelId = "webchat",
                ConversationId = conversationId,
                Status = status,
                CreatedAt = profile.CreatedAt,
                UpdatedAt = profile.UpdatedAt,
            }
            : throw new InvalidOperationException();
}
