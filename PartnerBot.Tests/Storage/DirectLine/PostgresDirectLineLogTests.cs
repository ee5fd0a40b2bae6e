using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PartnerBot.Storage;
using PartnerBot.Storage.Postgres;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.Storage.DirectLine;

/// <summary>The website chat's log in PostgreSQL.</summary>
public sealed class PostgresDirectLineLogTests(PostgresTestDatabase database) : DirectLineLogContractTests, IClassFixture<PostgresTestDatabase>
{
    private PostgresDatabase? _database;
    private WebChatOptions _settings = new();

    protected override async Task<IDirectLineLog> CreateAsync(WebChatOptions settings)
    {
        _settings = settings;
        _database = await database.OpenCleanAsync();
        await using var connection = await _database.OpenAsync(Cancel);
        await using var truncate = new NpgsqlCommand("TRUNCATE directline_activities, directline_conversations, directline_revocations", connection);
        await truncate.ExecuteNonQueryAsync(Cancel);
        return Log(_database);
    }

    protected override async Task<IDirectLineLog> ReopenAsync() => Log(await database.OpenExistingAsync());

    protected override async Task AssertNoTraceAsync(string text)
    {
        await using var connection = await _database!.OpenAsync(Cancel);
        await using var count = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM directline_activities WHERE document LIKE @p) + (SELECT COUNT(*) FROM directline_conversations WHERE user_name LIKE @p)", connection);
        count.Parameters.AddWithValue("@p", $"%{text}%");
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(Cancel))!);
    }

    private PostgresDirectLineLog Log(PostgresDatabase on) => new(on, Wrap(_settings), Time, NullLogger<PostgresDirectLineLog>.Instance);
}
