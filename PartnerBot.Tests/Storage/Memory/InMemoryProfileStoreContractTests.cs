using PartnerBot.Profiles;
using PartnerBot.Storage.Memory;
using PartnerBot.Tests.Profiles;

namespace PartnerBot.Tests.Storage.Memory;

public sealed class InMemoryProfileStoreContractTests : ProfileStoreContractTests
{
    protected override Task<IProfileStore> CreateStoreAsync() => Task.FromResult<IProfileStore>(new InMemoryProfileStore());
}
