using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Storage.Memory;

namespace PartnerBot.Tests.Interview;

public class StoreFailureTests
{
    /// <summary>The in-memory profile store, failing its next saves while <see cref="Down"/> is set, as a database that went away.</summary>
    private sealed class FlakyProfileStore : IProfileStore
    {
        private readonly InMemoryProfileStore _inner = new();

        public bool Down { get; set; }

        public Task SaveAsync(PartnerProfile profile, IReadOnlyList<ProfileEntry> newEntries, CancellationToken cancellationToken) =>
            Down ? throw new TimeoutException("database unreachable") : _inner.SaveAsync(profile, newEntries, cancellationToken);

        public Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken) => _inner.GetAsync(id, cancellationToken);
        public Task<ProfilePage> QueryAsync(ProfileQuery query, CancellationToken cancellationToken) => _inner.QueryAsync(query, cancellationToken);
        public Task<IReadOnlyList<string>> FindIdsByCustomerAsync(string channelId, string userId, CancellationToken cancellationToken) =>
            _inner.FindIdsByCustomerAsync(channelId, userId, cancellationToken);
        public Task<bool> SetFollowUpAsync(string id, string followUp, CancellationToken cancellationToken) => _inner.SetFollowUpAsync(id, followUp, cancellationToken);
        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _inner.DeleteAsync(id, cancellationToken);
        public Task<IReadOnlyList<PartnerProfile>> PurgeAsync(DateTimeOffset incompleteBefore, DateTimeOffset allBefore, CancellationToken cancellationToken) =>
            _inner.PurgeAsync(incompleteBefore, allBefore, cancellationToken);
    }

    [Fact]
    public async Task A_store_failing_mid_turn_gets_an_apology_leaves_nothing_half_written_and_the_bot_recovers()
    {
        var store = new FlakyProfileStore();
        await using var bot = new BotHarness(services => services.AddSingleton<IProfileStore>(store));
        var chat = bot.Chat();
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt");

        store.Down = true;
        Assert.Equal(bot.German.Apology, Assert.Single(await chat.SayAsync("eine neue Website")));
        var during = Assert.Single(await bot.AllProfilesAsync());
        Assert.Null(during.Wish);
        Assert.Single(during.Entries);

        store.Down = false;
        Assert.Contains(bot.German.Questions["vision"], Assert.Single(await chat.SayAsync("eine neue Website")));
        var after = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal("eine neue Website", after.Wish);
        Assert.Equal(["name", "wish"], after.Entries.Select(e => e.Slot));
    }
}
