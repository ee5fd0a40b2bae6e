using PartnerBot.Storage.Backup;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class BackupUnderLoadTests
{
    [Fact]
    public async Task Backups_taken_while_customers_talk_each_pass_the_integrity_check_and_rotation_keeps_three()
    {
        using var world = new BackupWorld();
        await using var bot = world.Bot();
        var writer = BackupWorld.Writer(bot);
        // Six customers keep completing interviews until three backups were taken while they talked: the overlap does not
        // depend on how fast this machine happens to be.
        using var enough = new CancellationTokenSource();
        var completed = 0;
        var customers = Enumerable.Range(0, 6)
            .Select(i => Task.Run(async () =>
            {
                for (var round = 0; round == 0 || !enough.IsCancellationRequested; round++)
                {
                    await BackupWorld.CompleteAsync(bot, $"load-{i}-{round}", "Bernd Müller", $"kunde{i}-{round}@example.com");
                    Interlocked.Increment(ref completed);
                }
            }))
            .ToList();
        var turns = Task.WhenAll(customers);

        var taken = new List<(BackupFile Backup, long Profiles, bool DuringTurns)>();
        while (taken.Count(t => t.DuringTurns) < 3 || taken.Count < 4)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            var backup = await writer.BackupAsync(TestContext.Current.CancellationToken);
            var duringTurns = !turns.IsCompleted;
            taken.Add((backup, await BackupWorld.VerifiedProfileCountAsync(backup.Path), duringTurns));
            Assert.False(turns.IsFaulted, "a customer's interview failed while backups were taken");
        }

        enough.Cancel();
        await turns;
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var last = await writer.BackupAsync(TestContext.Current.CancellationToken);

        Assert.True(taken.Count(t => t.DuringTurns) >= 3, $"Only {taken.Count(t => t.DuringTurns)} backup(s) overlapped the turns.");
        Assert.True(completed >= 6, $"only {completed} interviews completed");
        Assert.Equal(completed, await BackupWorld.VerifiedProfileCountAsync(last.Path));
        var kept = BackupFile.List(world.BackupFolder, "partnerbot");
        Assert.Equal(3, kept.Count);
        Assert.Equal(last.Path, kept[0].Path);
        Assert.Equal([.. taken.TakeLast(2).Select(t => t.Backup.Path).Reverse()], kept.Skip(1).Select(k => k.Path));
        foreach (var backup in kept)
        {
            await BackupWorld.VerifiedProfileCountAsync(backup.Path);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup.Path));
            }
        }

        Assert.Empty(Directory.GetFiles(world.BackupFolder, "*.tmp"));
    }

    [Fact]
    public async Task A_second_folder_gets_each_backup_with_the_same_rotation()
    {
        using var world = new BackupWorld();
        var share = Path.Combine(world.DataFolder, "..", "share");
        world.Settings["Storage:Backup:CopyTo"] = share;
        await using var bot = world.Bot();
        await BackupWorld.CompleteAsync(bot, "customer-bernd", "Bernd Müller", "bernd@example.com");
        for (var i = 0; i < 5; i++)
        {
            bot.Clock.Advance(TimeSpan.FromHours(1));
            await BackupWorld.Writer(bot).BackupAsync(TestContext.Current.CancellationToken);
        }

        var local = BackupFile.List(world.BackupFolder, "partnerbot").Select(b => Path.GetFileName(b.Path)).ToList();
        var copied = BackupFile.List(share, "partnerbot");
        Assert.Equal(3, local.Count);
        Assert.Equal(local, copied.Select(b => Path.GetFileName(b.Path)));
        Assert.Equal(1, await BackupWorld.VerifiedProfileCountAsync(copied[0].Path));
        if (!OperatingSystem.IsWindows())
        {
            foreach (var copy in copied)
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy.Path));
            }
        }
    }
}
