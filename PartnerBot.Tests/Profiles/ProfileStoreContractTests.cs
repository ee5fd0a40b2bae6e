using System.Text.Json;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

/// <summary>What every <see cref="IProfileStore"/> promises, held to the in-memory store's behaviour.</summary>
public abstract partial class ProfileStoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IProfileStore> CreateStoreAsync();

    [Fact]
    public async Task An_unknown_profile_is_null()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetAsync("nobody", Ct));
    }

    [Fact]
    public async Task A_saved_profile_comes_back_with_every_field_and_its_entries_oldest_first()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Full("p1");
        await store.SaveAsync(profile, [TestProfiles.Entry("wish", T0.AddMinutes(2), "a2")], Ct);
        await store.SaveAsync(profile, [TestProfiles.Entry("name", T0.AddMinutes(1), "a1")], Ct);

        var stored = await store.GetAsync("p1", Ct);

        Assert.NotNull(stored);
        Assert.Equal(Header(profile), Header(stored));
        Assert.Equal([TestProfiles.Entry("name", T0.AddMinutes(1), "a1"), TestProfiles.Entry("wish", T0.AddMinutes(2), "a2")], stored.Entries);
    }

    [Fact]
    public async Task Saving_updates_the_fields_but_keeps_the_owners_follow_up()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Full("p1");
        await store.SaveAsync(profile, [], Ct);
        Assert.True(await store.SetFollowUpAsync("p1", FollowUpStatus.Contacted, Ct));

        profile.Name = "Anna Schmidt";
        profile.Status = ProfileStatus.Completed;
        profile.Budget = null;
        profile.UpdatedAt = T0.AddHours(1);
        profile.FollowUp = FollowUpStatus.New;
        await store.SaveAsync(profile, [], Ct);

        var stored = (await store.GetAsync("p1", Ct))!;
        Assert.Equal(("Anna Schmidt", ProfileStatus.Completed, null, T0.AddHours(1)), (stored.Name, stored.Status, stored.Budget, stored.UpdatedAt));
        Assert.Equal(FollowUpStatus.Contacted, stored.FollowUp);
    }

    [Fact]
    public async Task Entries_are_appended_never_replaced()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0);
        await store.SaveAsync(profile, [TestProfiles.Entry("wish", T0, "a1", "Ein Kuchen")], Ct);
        await store.SaveAsync(profile, [TestProfiles.Entry("wish", T0.AddMinutes(1), "a2", "Eine Torte")], Ct);

        var stored = (await store.GetAsync("p1", Ct))!;

        Assert.Equal(["Ein Kuchen", "Eine Torte"], stored.Entries.Select(e => e.Text));
    }

    [Fact]
    public async Task A_redelivered_activity_adds_no_entries()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0);
        ProfileEntry[] turn = [TestProfiles.Entry("name", T0, "a1"), TestProfiles.Entry("email", T0, "a1")];
        await store.SaveAsync(profile, turn, Ct);

        await store.SaveAsync(profile, turn, Ct);
        await store.SaveAsync(profile, [TestProfiles.Entry("name", T0.AddMinutes(1), "a1", "other words")], Ct);

        Assert.Equal(turn, (await store.GetAsync("p1", Ct))!.Entries);
    }

    [Fact]
    public async Task Entries_without_an_activity_id_are_never_deduplicated()
    {
        var store = await CreateStoreAsync();
        var entry = TestProfiles.Entry("wish", T0, activityId: null);

        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [entry, entry], Ct);
        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [entry], Ct);

        Assert.Equal(3, (await store.GetAsync("p1", Ct))!.Entries.Count);
    }

    [Fact]
    public async Task Duplicates_within_one_save_are_added_once()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [TestProfiles.Entry("wish", T0, "a1", "x"), TestProfiles.Entry("wish", T0, "a1", "y")], Ct);

        Assert.Equal("x", Assert.Single((await store.GetAsync("p1", Ct))!.Entries).Text);
    }

    [Fact]
    public async Task The_same_activity_in_two_profiles_is_kept_in_both()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [TestProfiles.Entry("wish", T0, "a1")], Ct);
        await store.SaveAsync(TestProfiles.Minimal("p2", T0), [TestProfiles.Entry("wish", T0, "a1")], Ct);

        Assert.Single((await store.GetAsync("p2", Ct))!.Entries);
    }

    [Fact]
    public async Task A_query_lists_newest_first_without_entries_and_counts_all_matches()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.SaveAsync(TestProfiles.Minimal($"p{i}", T0.AddDays(i)), [TestProfiles.Entry("wish", T0, $"a{i}")], Ct);
        }

        var page = await store.QueryAsync(new ProfileQuery { Skip = 1, Take = 2 }, Ct);

        Assert.Equal(5, page.Total);
        Assert.Equal(["p3", "p2"], page.Items.Select(p => p.Id));
        Assert.All(page.Items, p => Assert.Empty(p.Entries));
    }

    [Fact]
    public async Task Profiles_changed_at_the_same_time_have_a_stable_order()
    {
        var store = await CreateStoreAsync();
        foreach (var id in new[] { "b", "c", "a" })
        {
            await store.SaveAsync(TestProfiles.Minimal(id, T0), [], Ct);
        }

        var all = await store.QueryAsync(new ProfileQuery(), Ct);

        Assert.Equal(["c", "b", "a"], all.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty_but_counts()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [], Ct);

        var page = await store.QueryAsync(new ProfileQuery { Skip = 10 }, Ct);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Queries_filter_by_status_and_follow_up()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("open", T0), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("done", T0, ProfileStatus.Completed), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("won", T0, ProfileStatus.Completed), [], Ct);
        await store.SetFollowUpAsync("won", FollowUpStatus.Won, Ct);

        var completed = await store.QueryAsync(new ProfileQuery { Status = ProfileStatus.Completed }, Ct);
        var won = await store.QueryAsync(new ProfileQuery { Status = ProfileStatus.Completed, FollowUp = FollowUpStatus.Won }, Ct);

        Assert.Equal(["done", "won"], completed.Items.Select(p => p.Id).Order());
        Assert.Equal(2, completed.Total);
        Assert.Equal("won", Assert.Single(won.Items).Id);
    }

    [Theory]
    [InlineData("müller", "name")]
    [InlineData("MÜLLER", "name")]
    [InlineData("  hochzeitstorte ", "wish")]
    [InlineData("drei etagen", "vision")]
    [InlineData("@EXAMPLE.de", "email")]
    [InlineData("+49301", "phone")]
    [InlineData("100%", "vision")]
    public async Task Text_queries_search_name_wish_vision_email_and_phone_case_insensitively(string text, string expected)
    {
        var store = await CreateStoreAsync();
        var profiles = new[]
        {
            TestProfiles.Minimal("name", T0, name: "Jana Müller"),
            TestProfiles.Minimal("wish", T0, wish: "Eine Hochzeitstorte"),
            TestProfiles.Minimal("vision", T0, vision: "Drei Etagen, 100% vegan"),
            TestProfiles.Minimal("email", T0, email: "kunde@example.de"),
            TestProfiles.Minimal("phone", T0, phone: "+4930123456"),
            TestProfiles.Minimal("other", T0, name: "Tom", wish: "Brot"),
        };
        foreach (var profile in profiles)
        {
            await store.SaveAsync(profile, [], Ct);
        }

        var page = await store.QueryAsync(new ProfileQuery { Text = text }, Ct);

        Assert.Equal(expected, Assert.Single(page.Items).Id);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task A_text_with_wildcard_characters_matches_literally()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("plain", T0, wish: "Torte"), [], Ct);

        Assert.Equal(0, (await store.QueryAsync(new ProfileQuery { Text = "T_rte" }, Ct)).Total);
        Assert.Equal(0, (await store.QueryAsync(new ProfileQuery { Text = "%" }, Ct)).Total);
    }

    [Fact]
    public async Task Queries_filter_by_a_date_range_inclusively()
    {
        var store = await CreateStoreAsync();
        for (var day = 0; day < 5; day++)
        {
            await store.SaveAsync(TestProfiles.Minimal($"d{day}", T0.AddDays(day)), [], Ct);
        }

        var page = await store.QueryAsync(new ProfileQuery { Since = T0.AddDays(1), Until = T0.AddDays(3) }, Ct);

        Assert.Equal(["d3", "d2", "d1"], page.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Ids_are_found_by_channel_identity_oldest_first()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("p2", T0.AddDays(1), userId: "u1"), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("p1", T0, userId: "u1"), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("p3", T0, userId: "u2"), [], Ct);

        Assert.Equal(["p1", "p2"], await store.FindIdsByCustomerAsync("webchat", "u1", Ct));
        Assert.Empty(await store.FindIdsByCustomerAsync("webchat", "u9", Ct));
    }

    [Fact]
    public async Task The_same_user_id_on_another_channel_is_another_customer()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("web", T0, userId: "u1"), [], Ct);
        var teams = TestProfiles.Minimal("teams", T0, userId: "u1");
        teams.ChannelId = "msteams";
        await store.SaveAsync(teams, [], Ct);

        Assert.Equal(["web"], await store.FindIdsByCustomerAsync("webchat", "u1", Ct));
        Assert.Equal(["teams"], await store.FindIdsByCustomerAsync("msteams", "u1", Ct));
    }

    [Fact]
    public async Task Follow_up_of_an_unknown_profile_is_false()
    {
        var store = await CreateStoreAsync();
        Assert.False(await store.SetFollowUpAsync("nobody", FollowUpStatus.Won, Ct));
    }

    [Fact]
    public async Task Deleting_removes_the_profile_and_its_entries()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [TestProfiles.Entry("wish", T0, "a1")], Ct);
        await store.SaveAsync(TestProfiles.Minimal("p2", T0), [TestProfiles.Entry("wish", T0, "a1")], Ct);

        Assert.True(await store.DeleteAsync("p1", Ct));
        Assert.False(await store.DeleteAsync("p1", Ct));

        Assert.Null(await store.GetAsync("p1", Ct));
        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [], Ct);
        Assert.Empty((await store.GetAsync("p1", Ct))!.Entries);
        Assert.Single((await store.GetAsync("p2", Ct))!.Entries);
    }

    [Fact]
    public async Task Purging_removes_old_incomplete_and_very_old_profiles_and_says_which()
    {
        var store = await CreateStoreAsync();
        var now = T0.AddDays(400);
        await store.SaveAsync(TestProfiles.Minimal("stale-open", now.AddDays(-31), userId: "u1"), [TestProfiles.Entry("wish", T0, "a1")], Ct);
        await store.SaveAsync(TestProfiles.Minimal("fresh-open", now.AddDays(-29)), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("done", now.AddDays(-200), ProfileStatus.Completed), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("ancient", now.AddDays(-366), ProfileStatus.Cancelled, userId: "u2"), [], Ct);

        var removed = await store.PurgeAsync(now.AddDays(-30), now.AddDays(-365), Ct);

        Assert.Equal([("ancient", "u2", "c-ancient"), ("stale-open", "u1", "c-stale-open")], removed.Select(p => (p.Id, p.UserId, p.ConversationId)).Order());
        Assert.Equal(["done", "fresh-open"], (await store.QueryAsync(new ProfileQuery(), Ct)).Items.Select(p => p.Id).Order());
        await store.SaveAsync(TestProfiles.Minimal("stale-open", now), [], Ct);
        Assert.Empty((await store.GetAsync("stale-open", Ct))!.Entries);
    }

    /// <summary>The profile's own fields, as JSON, to compare two profiles at once.</summary>
    protected static string Header(PartnerProfile profile) => JsonSerializer.Serialize(profile.CloneHeader());
}
