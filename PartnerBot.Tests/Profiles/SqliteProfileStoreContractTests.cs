using PartnerBot.Profiles;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Profiles;

public sealed class SqliteProfileStoreContractTests : SqlProfileStoreContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();

    protected override Task<IProfileStore> CreateStoreAsync() => Task.FromResult<IProfileStore>(new SqliteProfileStore(_file.CreateDatabase()));

    public void Dispose() => _file.Dispose();
}
