using Npgsql;
using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Staff;
using PartnerBot.Storage.Postgres;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The live stores' contract against PostgreSQL (migration 7); skips without <c>PARTNERBOT_TEST_POSTGRES</c>.</summary>
public sealed class PostgresLiveStoreTests(PostgresTestDatabase postgres) : LiveStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private PostgresConnections? _connections;

    protected override async Task<IHandoffStore> HandoffsAsync() => new SqlHandoffStore(await ConnectionsAsync());

    protected override async Task<IStaffStore> StaffAsync() => new SqlStaffStore(await ConnectionsAsync());

    private async Task<PostgresConnections> ConnectionsAsync()
    {
        if (_connections is null)
        {
            var database = await postgres.OpenCleanAsync();
            await using var connection = await database.OpenAsync(Cancel);
            await using var truncate = new NpgsqlCommand("TRUNCATE handoffs, handoff_presence, staff", connection);
            await truncate.ExecuteNonQueryAsync(Cancel);
            _connections = new PostgresConnections(database);
        }

        return _connections;
    }
}
