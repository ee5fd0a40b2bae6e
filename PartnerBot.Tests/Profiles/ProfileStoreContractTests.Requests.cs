using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

/// <summary>What every store promises about a profile's requests (a person, a call back, a question, a complaint).</summary>
public abstract partial class ProfileStoreContractTests
{
    [Fact]
    public async Task Requests_come_back_in_order_with_kind_text_and_time()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0, name: "Anna");
        profile.Requests.Add(new ProfileRequest(RequestKind.Question, "Machen Sie auch Hausbesuche?", T0.AddMinutes(1)));
        profile.Requests.Add(new ProfileRequest(RequestKind.Callback, "0171 2345678, morgen ab 10", T0.AddMinutes(2)));
        await store.SaveAsync(profile, [], Ct);

        var stored = (await store.GetAsync("p1", Ct))!;
        Assert.Equal(
            [(RequestKind.Question, "Machen Sie auch Hausbesuche?", T0.AddMinutes(1)), (RequestKind.Callback, "0171 2345678, morgen ab 10", T0.AddMinutes(2))],
            stored.Requests.Select(r => (r.Kind, r.Text, r.At)));
        var listed = Assert.Single((await store.QueryAsync(new ProfileQuery(), Ct)).Items);
        Assert.Equal(2, listed.Requests.Count);
    }

    [Fact]
    public async Task A_profile_without_requests_has_none_and_a_later_save_adds_them()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0);
        await store.SaveAsync(profile, [], Ct);
        Assert.Empty((await store.GetAsync("p1", Ct))!.Requests);

        profile.Requests.Add(new ProfileRequest(RequestKind.Complaint, "Meine Bestellung ist immer noch nicht da!", T0.AddMinutes(3)));
        await store.SaveAsync(profile, [], Ct);
        Assert.Equal(RequestKind.Complaint, Assert.Single((await store.GetAsync("p1", Ct))!.Requests).Kind);
    }

    [Fact]
    public async Task Queries_find_profiles_with_requests_and_by_the_words_of_a_request()
    {
        var store = await CreateStoreAsync();
        var asked = TestProfiles.Minimal("asked", T0, wish: "eine Website");
        asked.Requests.Add(new ProfileRequest(RequestKind.Question, "Machen Sie auch Hausbesuche?", T0));
        await store.SaveAsync(asked, [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("quiet", T0.AddMinutes(1), wish: "ein Shop"), [], Ct);

        Assert.Equal(["asked"], (await store.QueryAsync(new ProfileQuery { WithRequests = true }, Ct)).Items.Select(p => p.Id));
        Assert.Equal(["asked"], (await store.QueryAsync(new ProfileQuery { Text = "HAUSBESUCH" }, Ct)).Items.Select(p => p.Id));
        Assert.Equal(2, (await store.QueryAsync(new ProfileQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Deleting_a_profile_removes_its_requests()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0);
        profile.Requests.Add(new ProfileRequest(RequestKind.Human, "Kann ich mit einem Menschen sprechen?", T0));
        await store.SaveAsync(profile, [], Ct);

        Assert.True(await store.DeleteAsync("p1", Ct));
        await store.SaveAsync(TestProfiles.Minimal("p1", T0), [], Ct);
        Assert.Empty((await store.GetAsync("p1", Ct))!.Requests);
        Assert.Empty((await store.QueryAsync(new ProfileQuery { Text = "Menschen" }, Ct)).Items);
    }
}
