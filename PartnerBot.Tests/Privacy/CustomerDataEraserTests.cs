using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Privacy;
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

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Erasing_a_customer_on_one_channel_leaves_the_same_user_id_on_another_channel(string provider)
    {
        using var world = new PrivacyWorld(provider, Now);
        var teams = Profile("p-teams", "u1", "c-teams");
        teams.ChannelId = "msteams";
        await world.Profiles.SaveAsync(teams, [], Ct);
        await world.Profiles.SaveAsync(Profile("p-web", "u1", "c-web"), [], Ct);
        await world.LeaveTracesAsync("msteams", "u1", "c-teams");
        await world.LeaveTracesAsync("webchat", "u1", "c-web");

        Assert.Equal(1, await world.Eraser.EraseCustomerAsync("msteams", "u1", ["c-teams"], Ct));

        Assert.Null(await world.Profiles.GetAsync("p-teams", Ct));
        Assert.False(await world.HasUserStateAsync("msteams", "u1"));
        Assert.NotNull(await world.Profiles.GetAsync("p-web", Ct));
        Assert.True(await world.HasUserStateAsync("webchat", "u1"));
        Assert.True(await world.HasConversationStateAsync("webchat", "c-web"));
        Assert.True(await world.HasTranscriptAsync("webchat", "c-web"));
    }

    [Fact]
    public async Task Every_hook_hears_of_the_erasure_before_the_profiles_go()
    {
        var hook = new RecordingHook();
        using var world = new PrivacyWorld("Memory", Now, services => services.AddSingleton<ICustomerErasureHook>(hook));
        await world.Profiles.SaveAsync(Profile("p1", "anna", "c1"), [], Ct);
        hook.Profiles = world.Profiles;

        await world.Eraser.EraseCustomerAsync("webchat", "anna", ["c-now"], Ct);

        var erased = Assert.Single(hook.Calls);
        Assert.Equal([("webchat", "anna")], erased.Users);
        Assert.Equal(["p1"], erased.ProfileIds);
        Assert.Contains(("webchat", "c-now"), erased.Conversations);
        Assert.True(hook.ProfileStillThere, "a failing hook must leave the profile for a retry");
        Assert.Null(await world.Profiles.GetAsync("p1", Ct));
    }

    private sealed class RecordingHook : ICustomerErasureHook
    {
        public List<ErasedCustomer> Calls { get; } = [];

        public IProfileStore? Profiles { get; set; }

        public bool ProfileStillThere { get; private set; }

        public async Task OnErasedAsync(ErasedCustomer customer, CancellationToken cancellationToken)
        {
            Calls.Add(customer);
            ProfileStillThere = Profiles is not null && await Profiles.GetAsync(customer.ProfileIds.First(), cancellationToken) is not null;
        }
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
