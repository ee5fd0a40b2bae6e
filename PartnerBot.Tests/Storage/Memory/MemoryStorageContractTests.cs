using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace PartnerBot.Tests.Storage.Memory;

/// <summary>The reference: the SDK's own MemoryStorage must pass the contract suite as written.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync(JsonSerializer? serializer = null) =>
        Task.FromResult<IStorage>(serializer is null ? new MemoryStorage() : new MemoryStorage(serializer));
}
