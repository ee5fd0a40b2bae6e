using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PartnerBot.Storage;

/// <summary>Stops the app at start with a clear message when <c>Storage:Provider</c> or its connection string cannot work.</summary>
public sealed class StorageOptionsValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Memory:
                return ValidateOptionsResult.Success;
            case StorageProvider.Sqlite:
                try
                {
                    var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                    return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
                        ? ValidateOptionsResult.Fail("An in-memory SQLite database would lose everything between connections; use Storage:Provider=Memory instead, or a file (Data Source=data/partnerbot.db).")
                        : ValidateOptionsResult.Success;
                }
                catch (ArgumentException exception)
                {
                    return ValidateOptionsResult.Fail($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a SQLite connection string ({exception.Message}), e.g. Data Source=data/partnerbot.db.");
                }

            case StorageProvider.Postgres:
                return ValidatePostgres(configuration.GetConnectionString(StorageOptions.ConnectionStringName));
            default:
                return ValidateOptionsResult.Fail($"Storage:Provider must be Sqlite, Postgres or Memory, not '{options.Provider}'.");
        }
    }

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        const string example = "e.g. Host=localhost;Database=partnerbot;Username=partnerbot;Password=…";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider=Postgres needs a connection string in ConnectionStrings:{StorageOptions.ConnectionStringName} (environment variable ConnectionStrings__{StorageOptions.ConnectionStringName}), {example}.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"ConnectionStrings:{StorageOptions.ConnectionStringName} names no PostgreSQL Host, {example}.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a PostgreSQL connection string ({exception.Message}), {example}.");
        }
    }
}
