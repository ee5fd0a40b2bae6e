using Microsoft.Data.Sqlite;
using PartnerBot.Profiles;
using PartnerBot.Storage.Sqlite;
using PartnerBot.Tests.Profiles;

namespace PartnerBot.Tests.Storage.Sqlite;

public sealed class SqliteProfileStoreContractTests : SqlProfileStoreContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();

    protected override Task<IProfileStore> CreateStoreAsync() => Task.FromResult<IProfileStore>(new SqliteProfileStore(_file.CreateDatabase()));

    [Fact]
    public async Task A_broken_database_makes_every_call_throw()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        await File.WriteAllTextAsync(_file.FilePath, new string('x', 8192), Ct);
        var store = new SqliteProfileStore(_file.CreateDatabase());

        await Assert.ThrowsAsync<SqliteException>(() => store.GetAsync("p1", Ct));
        await Assert.ThrowsAsync<SqliteException>(() => store.QueryAsync(new ProfileQuery(), Ct));
        await Assert.ThrowsAsync<SqliteException>(() => store.SaveAsync(TestProfiles.Minimal("p1", T0), [], Ct));
    }

    public void Dispose() => _file.Dispose();
}
