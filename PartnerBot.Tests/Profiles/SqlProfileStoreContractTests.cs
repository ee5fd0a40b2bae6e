using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

/// <summary>What the database-backed profile stores add to the contract: one transaction per save, safe under racing turns.</summary>
public abstract class SqlProfileStoreContractTests : ProfileStoreContractTests
{
    [Fact]
    public async Task A_save_that_fails_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var profile = TestProfiles.Minimal("p1", T0, name: "Anna");
        await store.SaveAsync(profile, [TestProfiles.Entry("name", T0, "a1")], Ct);

        profile.Name = "Berta";
        var broken = new ProfileEntry(null!, "text", null, T0, "c", "webchat", "a3");
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(profile, [TestProfiles.Entry("wish", T0, "a2"), broken], Ct));

        var stored = (await store.GetAsync("p1", Ct))!;
        Assert.Equal("Anna", stored.Name);
        Assert.Equal(["name"], stored.Entries.Select(e => e.Slot));
    }

    [Fact]
    public async Task Racing_saves_of_one_profile_lose_no_entry()
    {
        var store = await CreateStoreAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () => store.SaveAsync(TestProfiles.Minimal("p1", T0.AddSeconds(i)), [TestProfiles.Entry("wish", T0.AddSeconds(i), $"a{i}")], Ct), Ct)));

        Assert.Equal(8, (await store.GetAsync("p1", Ct))!.Entries.Count);
    }
}
