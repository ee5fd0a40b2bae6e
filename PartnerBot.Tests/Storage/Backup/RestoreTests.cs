using PartnerBot.Profiles;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class RestoreTests
{
    private const string AnnaUser = "customer-anna-51c7";
    private const string AnnaEmail = "anna.schmidt@example.com";

    [Fact]
    public async Task A_restore_brings_back_the_backup_without_the_customer_who_erased_after_it_and_without_what_came_later()
    {
        using var world = new BackupWorld();
        string backup;
        await using (var bot = world.Bot())
        {
            var anna = await BackupWorld.CompleteAsync(bot, AnnaUser, "Anna Schmidt", AnnaEmail);
            await BackupWorld.CompleteAsync(bot, "customer-bernd", "Bernd Müller", "bernd.mueller@example.com");
            await BackupWorld.CompleteAsync(bot, "customer-clara", "Clara Weber", "clara.weber@example.com");
            backup = (await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken)).Path;
            Assert.True(BackupWorld.Contains(File.ReadAllBytes(backup), AnnaEmail), "The backup holds Anna, as it was taken before she erased.");

            bot.Clock.Advance(TimeSpan.FromHours(2));
            Assert.Equal(bot.German.Deleted, Assert.Single(await anna.SayAllAsync("Daten löschen", "ja")));
            await BackupWorld.CompleteAsync(bot, "customer-dieter", "Dieter Koch", "dieter.koch@example.com");
            Assert.Equal(["Bernd Müller", "Clara Weber", "Dieter Koch"], (await bot.AllProfilesAsync()).Select(p => p.Name).Order());
        }

        var (code, output, error) = await world.RestoreAsync(backup);

        Assert.True(code == 0, error);
        Assert.Contains("Restored", output);
        Assert.Contains("after the backup", output);
        var bytes = world.RawDatabaseBytes();
        foreach (var trace in new[] { AnnaEmail, "Anna Schmidt", AnnaUser, "dieter.koch@example.com", "Dieter Koch" })
        {
            Assert.False(BackupWorld.Contains(bytes, trace), $"'{trace}' is still in the restored file.");
        }

        Assert.False(BackupWorld.Contains(File.ReadAllBytes(Path.Combine(world.DataFolder, "erasure-ledger.db")), AnnaUser));
        Assert.Single(Directory.GetFiles(world.DataFolder, "partnerbot.db.before-restore-*"));
        await using var after = world.Bot();
        var profiles = await after.AllProfilesAsync();
        Assert.Equal(["Bernd Müller", "Clara Weber"], profiles.Select(p => p.Name).Order());
        Assert.All(profiles, p => Assert.Equal(ProfileStatus.Completed, p.Status));
        Assert.Empty(await after.Profiles.FindIdsByCustomerAsync("test", AnnaUser, TestContext.Current.CancellationToken));
        Assert.Empty(await after.Storage.ReadAsync([$"test/users/{AnnaUser}"], TestContext.Current.CancellationToken));
        Assert.Contains("Willkommen zurück, Bernd Müller!", (await after.Chat(userId: "customer-bernd").JoinAsync())[0]);
    }

    [Fact]
    public async Task A_customer_who_returns_after_an_erasure_and_is_in_the_backup_again_is_kept()
    {
        using var world = new BackupWorld();
        string backup;
        await using (var bot = world.Bot())
        {
            var anna = await BackupWorld.CompleteAsync(bot, AnnaUser, "Anna Schmidt", AnnaEmail);
            await anna.SayAllAsync("Daten löschen", "ja");
            bot.Clock.Advance(TimeSpan.FromHours(1));
            await BackupWorld.CompleteAsync(bot, AnnaUser, "Anna Schmidt", AnnaEmail);
            bot.Clock.Advance(TimeSpan.FromHours(1));
            backup = (await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken)).Path;
        }

        var (code, _, error) = await world.RestoreAsync(backup);

        Assert.True(code == 0, error);
        await using var after = world.Bot();
        Assert.Equal("Anna Schmidt", Assert.Single(await after.AllProfilesAsync()).Name);
    }

    [Fact]
    public async Task An_encrypted_backup_holds_no_readable_customer_data_and_restores_with_its_key()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var world = new BackupWorld(new Dictionary<string, string?> { ["Storage:Backup:Key"] = key });
        string backup;
        await using (var bot = world.Bot())
        {
            await BackupWorld.CompleteAsync(bot, "customer-bernd", "Bernd Müller", "bernd.mueller@example.com");
            backup = (await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken)).Path;
            await BackupWorld.CompleteAsync(bot, "customer-clara", "Clara Weber", "clara.weber@example.com");
        }

        Assert.EndsWith(".db.enc", backup);
        Assert.False(BackupWorld.Contains(File.ReadAllBytes(backup), "bernd.mueller@example.com"));
        Assert.Empty(Directory.GetFiles(world.BackupFolder, "*.tmp"));

        var (code, _, error) = await world.RestoreAsync(backup);

        Assert.True(code == 0, error);
        await using var after = world.Bot();
        Assert.Equal("Bernd Müller", Assert.Single(await after.AllProfilesAsync()).Name);
    }
}
