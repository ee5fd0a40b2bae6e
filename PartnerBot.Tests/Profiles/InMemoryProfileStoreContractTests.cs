using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

public sealed class InMemoryProfileStoreContractTests : ProfileStoreContractTests
{
    protected override Task<IProfileStore> CreateStoreAsync() => Task.FromResult<IProfileStore>(new InMemoryProfileStore());
}
