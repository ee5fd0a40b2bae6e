using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Storage;
using PartnerBot.Storage.Sqlite;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class RestoreBadInputTests
{
    [Fact]
    public async Task A_missing_backup_is_a_clear_error_and_the_database_is_untouched()
    {
        using var world = new BackupWorld();
        await SeedAsync(world);
        var before = world.DatabaseHash();

        var (code, _, error) = await world.RestoreAsync(Path.Combine(world.BackupFolder, "partnerbot-20260101T000000000Z.db"));

        Assert.Equal(1, code);
        Assert.Contains("There is no backup at", error);
        Assert.Equal(before, world.DatabaseHash());
        Assert.Empty(LeftOvers(world));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("foreign")]
    public async Task A_corrupt_or_foreign_backup_is_a_clear_error_and_the_database_is_untouched(string kind)
    {
        using var world = new BackupWorld();
        var good = await SeedAsync(world);
        var bad = Path.Combine(world.BackupFolder, "partnerbot-20260101T000000000Z.db");
        switch (kind)
        {
            case "garbage":
                await File.WriteAllBytesAsync(bad, System.Security.Cryptography.RandomNumberGenerator.GetBytes(8192), TestContext.Current.CancellationToken);
                break;
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(good, TestContext.Current.CancellationToken);
                await File.WriteAllBytesAsync(bad, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
                break;
            default:
                await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bad};Pooling=false"))
                {
                    await other.OpenAsync(TestContext.Current.CancellationToken);
                    await using var create = other.CreateCommand();
                    create.CommandText = "CREATE TABLE invoices (id INTEGER)";
                    await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
                }

                break;
        }

        var before = world.DatabaseHash();

        var (code, _, error) = await world.RestoreAsync(bad);

        Assert.Equal(1, code);
        Assert.Contains("cannot be restored", error);
        Assert.Contains("Nothing was changed", error);
        Assert.Equal(before, world.DatabaseHash());
        Assert.Empty(LeftOvers(world));
    }

    [Fact]
    public async Task A_tampered_encrypted_backup_or_a_missing_key_is_a_clear_error()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var world = new BackupWorld(new Dictionary<string, string?> { ["Storage:Backup:Key"] = key });
        var backup = await SeedAsync(world);
        var before = world.DatabaseHash();
        var bytes = await File.ReadAllBytesAsync(backup, TestContext.Current.CancellationToken);
        bytes[bytes.Length / 2] ^= 0x01;
        var tampered = backup.Replace("Z.db.enc", "1Z.db.enc", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(tampered, bytes, TestContext.Current.CancellationToken);

        var (code, _, error) = await world.RestoreAsync(tampered);
        Assert.Equal(1, code);
        Assert.Contains("cannot be decrypted", error);

        world.Settings.Remove("Storage:Backup:Key");
        (code, _, error) = await world.RestoreAsync(backup);
        Assert.Equal(1, code);
        Assert.Contains("is encrypted: set Storage:Backup:Key", error);
        Assert.Equal(before, world.DatabaseHash());
    }

    [Fact]
    public async Task A_database_still_in_use_by_a_running_bot_is_not_replaced()
    {
        using var world = new BackupWorld();
        var backup = await SeedAsync(world);
        await using var running = world.Bot();
        // A turn that writes: the store's writer connection stays open, as in a PartnerBot that serves customers.
        await running.Chat(userId: "customer-new").JoinAsync();
        await running.Chat(userId: "customer-new").SayAsync("ja");

        var (code, _, error) = await world.RestoreAsync(backup);

        Assert.Equal(1, code);
        Assert.Contains("is in use: stop PartnerBot first", error);
        Assert.Single(await running.AllProfilesAsync());
        Assert.Empty(LeftOvers(world));
    }

    [Fact]
    public async Task Without_the_erasure_ledger_the_restore_refuses_unless_told_to_go_ahead()
    {
        using var world = new BackupWorld();
        var backup = await SeedAsync(world);
        File.Delete(Path.Combine(world.DataFolder, "erasure-ledger.db"));

        var (code, _, error) = await world.RestoreAsync(backup);
        Assert.Equal(1, code);
        Assert.Contains("erasure ledger", error);
        Assert.Contains("--without-ledger", error);

        (code, _, error) = await world.RestoreAsync(backup, "--without-ledger");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Restore_without_a_backup_argument_prints_the_usage()
    {
        using var world = new BackupWorld();
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(2, await PartnerBot.Storage.Backup.RestoreCommand.RunAsync(["restore"], output, error, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("Usage: dotnet PartnerBot.dll restore <backup file>", error.ToString());
    }

    [Fact]
    public async Task The_restore_command_of_the_published_dll_answers_without_starting_the_web_server()
    {
        using var world = new BackupWorld();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "PartnerBot.dll"), "restore", Path.Combine(world.BackupFolder, "missing.db"),
             "--Storage:Provider=Sqlite", $"--ConnectionStrings:PartnerBot=Data Source={world.DatabaseFile}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("There is no backup at", await error);
        Assert.DoesNotContain("Now listening", await output);
        Assert.False(File.Exists(world.DatabaseFile));
    }

    /// <summary>Files a restore leaves beside the database: its working copy, or the file it kept aside.</summary>
    private static string[] LeftOvers(BackupWorld world) =>
        [.. Directory.GetFiles(world.DataFolder).Where(f => f.Contains(".restoring-", StringComparison.Ordinal) || f.Contains(".before-restore-", StringComparison.Ordinal))];

    /// <summary>One completed customer and one backup; an erasure ledger exists (a customer erased).</summary>
    private static async Task<string> SeedAsync(BackupWorld world)
    {
        await using var bot = world.Bot();
        var gone = await BackupWorld.CompleteAsync(bot, "customer-gone", "Gerda Gross", "gerda@example.com");
        await gone.SayAllAsync("Daten löschen", "ja");
        await BackupWorld.CompleteAsync(bot, "customer-bernd", "Bernd Müller", "bernd.mueller@example.com");
        var backup = await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken);
        await bot.Services.GetRequiredService<SqliteDatabase>().DisposeAsync();
        return backup.Path;
    }
}
