using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Staff;
using PartnerBot.Storage.Sqlite;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The live stores' contract against a SQLite file (migration 7).</summary>
public sealed class SqliteLiveStoreTests : LiveStoreContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();
    private SqliteDatabase? _database;

    private SqliteConnections Connections => new(_database ??= _file.CreateDatabase());

    protected override Task<IHandoffStore> HandoffsAsync() => Task.FromResult<IHandoffStore>(new SqlHandoffStore(Connections));

    protected override Task<IStaffStore> StaffAsync() => Task.FromResult<IStaffStore>(new SqlStaffStore(Connections));

    public void Dispose()
    {
        _database?.Dispose();
        _file.Dispose();
    }
}
