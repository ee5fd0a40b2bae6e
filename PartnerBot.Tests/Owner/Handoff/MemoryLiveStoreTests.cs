using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The live stores' contract against the memory stores (the reference).</summary>
public sealed class MemoryLiveStoreTests : LiveStoreContractTests
{
    protected override Task<IHandoffStore> HandoffsAsync() => Task.FromResult<IHandoffStore>(new MemoryHandoffStore());

    protected override Task<IStaffStore> StaffAsync() => Task.FromResult<IStaffStore>(new MemoryStaffStore());
}
