using Npgsql;
using PartnerBot.Profiles;
using PartnerBot.Storage;
using PartnerBot.Storage.Postgres;
using PartnerBot.Tests.Profiles;

namespace PartnerBot.Tests.Storage.Postgres;

public sealed class PostgresProfileStoreContractTests(PostgresTestDatabase database) : SqlProfileStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IProfileStore> CreateStoreAsync() => new PostgresProfileStore(await database.OpenCleanAsync());

    [Fact]
    public async Task A_database_that_is_down_makes_every_call_throw()
    {
        var down = new NpgsqlConnectionStringBuilder(await database.ConnectionStringAsync()) { Host = "127.0.0.1", Port = 1, Timeout = 2 };
        await using var unreachable = new PostgresDatabase(new PostgresStorageOptions { ConnectionString = down.ConnectionString });
        var store = new PostgresProfileStore(unreachable);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.GetAsync("p1", Ct));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.QueryAsync(new ProfileQuery(), Ct));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.SaveAsync(TestProfiles.Minimal("p1", T0), [], Ct));
    }
}
