using Npgsql;
using PartnerBot.Storage;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Storage.Postgres;

namespace PartnerBot.Tests.Storage;

/// <summary>A class fixture: a PostgreSQL database of the test class's own (created on first use, dropped at the end), emptied before each test.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<PostgresDatabase> _opened = [];
    private string? _serverConnectionString;
    private string? _name;

    /// <summary>The test database's connection string; skips the test (fails it under CI) without PARTNERBOT_TEST_POSTGRES.</summary>
    public async Task<string> ConnectionStringAsync()
    {
        var server = Requirements.Postgres();
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_name is null)
            {
                var name = "pb_test_" + Guid.NewGuid().ToString("N");
                await ExecuteAsync(server, $"CREATE DATABASE {name}");
                (_serverConnectionString, _name) = (server, name);
            }

            return new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A migrated database with every table empty; disposed with the fixture.</summary>
    public async Task<PostgresDatabase> OpenCleanAsync()
    {
        var database = new PostgresDatabase(new PostgresStorageOptions { ConnectionString = await ConnectionStringAsync() });
        lock (_opened)
        {
            _opened.Add(database);
        }

        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var truncate = new NpgsqlCommand("TRUNCATE bot_state, profile_entries, profiles, transcript_activities, transcripts", connection);
        await truncate.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Another connection to the database as it is (a restart, or a second instance); disposed with the fixture.</summary>
    public async Task<PostgresDatabase> OpenExistingAsync()
    {
        var database = new PostgresDatabase(new PostgresStorageOptions { ConnectionString = await ConnectionStringAsync() });
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        if (_serverConnectionString is not null && _name is not null)
        {
            await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
