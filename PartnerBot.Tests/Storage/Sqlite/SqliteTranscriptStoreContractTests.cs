using Microsoft.Bot.Builder;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage.Sqlite;

public sealed class SqliteTranscriptStoreContractTests : TranscriptStoreContractTests, IDisposable
{
    private readonly SqliteTestFile _file = new();

    protected override Task<ITranscriptStore> CreateStoreAsync() => Task.FromResult<ITranscriptStore>(new SqliteTranscriptStore(_file.CreateDatabase()));

    public void Dispose() => _file.Dispose();
}
