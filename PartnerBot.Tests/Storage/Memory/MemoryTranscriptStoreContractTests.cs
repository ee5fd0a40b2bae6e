using Microsoft.Bot.Builder;

namespace PartnerBot.Tests.Storage.Memory;

/// <summary>The reference: the SDK's own MemoryTranscriptStore must pass the transcript suite as written.</summary>
public sealed class MemoryTranscriptStoreContractTests : TranscriptStoreContractTests
{
    protected override Task<ITranscriptStore> CreateStoreAsync() => Task.FromResult<ITranscriptStore>(new MemoryTranscriptStore());
}
