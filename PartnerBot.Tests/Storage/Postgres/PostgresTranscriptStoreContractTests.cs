using Microsoft.Bot.Builder;
using PartnerBot.Storage;
using PartnerBot.Storage.Postgres;

namespace PartnerBot.Tests.Storage.Postgres;

public sealed class PostgresTranscriptStoreContractTests(PostgresTestDatabase database) : TranscriptStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<ITranscriptStore> CreateStoreAsync() => new PostgresTranscriptStore(await database.OpenCleanAsync());
}
