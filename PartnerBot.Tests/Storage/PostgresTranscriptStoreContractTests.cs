using Microsoft.Bot.Builder;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

public sealed class PostgresTranscriptStoreContractTests(PostgresTestDatabase database) : TranscriptStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<ITranscriptStore> CreateStoreAsync() => new PostgresTranscriptStore(await database.OpenCleanAsync());
}
