using PartnerBot.Storage.Backup;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class BackupRotationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("partnerbot-rotation-");

    [Fact]
    public void Rotation_keeps_the_newest_and_leaves_other_files_alone()
    {
        var names = Enumerable.Range(0, 5).Select(i => Touch(BackupFile.NameFor("partnerbot", Now.AddDays(-i), encrypted: i == 1))).ToList();
        var unrelated = new[] { Touch("notes.txt"), Touch("other-20261126T100000000Z.db"), Touch("partnerbot.db") };
        var leftover = Touch(BackupFile.NameFor("partnerbot", Now.AddDays(1), encrypted: false) + ".tmp");

        var deleted = BackupRotation.Apply(_folder.FullName, "partnerbot", keep: 3, notBefore: Now.AddDays(-365));

        Assert.Equal(names.Take(3), BackupFile.List(_folder.FullName, "partnerbot").Select(b => b.Path));
        Assert.True(BackupFile.List(_folder.FullName, "partnerbot")[1].Encrypted);
        Assert.All(unrelated, u => Assert.True(File.Exists(u), u));
        Assert.False(File.Exists(leftover));
        Assert.Equal(3, deleted.Count);
    }

    [Fact]
    public void Backups_older_than_the_retention_window_are_deleted_even_within_keep()
    {
        var recent = Touch(BackupFile.NameFor("partnerbot", Now.AddDays(-10), encrypted: false));
        var old = Touch(BackupFile.NameFor("partnerbot", Now.AddDays(-31), encrypted: false));

        BackupRotation.Apply(_folder.FullName, "partnerbot", keep: 7, notBefore: Now.AddDays(-30));

        Assert.True(File.Exists(recent));
        Assert.False(File.Exists(old));
    }

    [Fact]
    public async Task The_writer_deletes_backups_past_Privacy_RetentionDays_and_forgets_ledger_entries_as_old()
    {
        using var world = new BackupWorld(new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30", ["Privacy:IncompleteRetentionDays"] = "30", ["Storage:Backup:Keep"] = "7" });
        await using var bot = world.Bot();
        var gone = await BackupWorld.CompleteAsync(bot, "customer-gone", "Gerda Gross", "gerda@example.com");
        await gone.SayAllAsync("Daten löschen", "ja");
        var first = await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken);
        var ledger = (ErasureLedger)bot.Services.GetService(typeof(ErasureLedger))!;
        Assert.True(await ledger.CountAsync(TestContext.Current.CancellationToken) > 0);

        bot.Clock.Advance(TimeSpan.FromDays(31));
        await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken);

        Assert.False(File.Exists(first.Path));
        Assert.Single(BackupFile.List(world.BackupFolder, "partnerbot"));
        Assert.Equal(0, await ledger.CountAsync(TestContext.Current.CancellationToken));
    }

    private string Touch(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, "x");
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
