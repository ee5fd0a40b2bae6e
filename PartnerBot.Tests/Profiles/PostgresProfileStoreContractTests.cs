using PartnerBot.Profiles;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Profiles;

public sealed class PostgresProfileStoreContractTests(PostgresTestDatabase database) : SqlProfileStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IProfileStore> CreateStoreAsync() => new PostgresProfileStore(await database.OpenCleanAsync());
}
