using PartnerBot.Privacy;
using PartnerBot.Storage.Backup;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class ErasureLedgerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("partnerbot-ledger-");

    [Fact]
    public async Task The_ledger_file_holds_keyed_hashes_and_times_but_no_identity()
    {
        var paths = BackupPaths.For(Path.Combine(_folder.FullName, "partnerbot.db"), new BackupOptions());
        var ledger = new ErasureLedger(paths.LedgerFile, LedgerKey.Load(new BackupOptions(), paths, create: true)!);
        var customer = new ErasedCustomer([("directline", "dl_4f9a2c81be")], [("directline", "conv-7d1e55aa")], ["profile-93c1f0"], Now);

        await ledger.RecordAsync(customer, TestContext.Current.CancellationToken);

        var bytes = await File.ReadAllBytesAsync(paths.LedgerFile, TestContext.Current.CancellationToken);
        foreach (var identity in new[] { "dl_4f9a2c81be", "conv-7d1e55aa", "profile-93c1f0", "directline" })
        {
            Assert.False(BackupWorld.Contains(bytes, identity), $"'{identity}' is readable in the ledger.");
        }

        var erased = await ledger.ErasedSinceAsync(Now, TestContext.Current.CancellationToken);
        Assert.Contains(ledger.Hash(ErasureLedger.User, "directline", "dl_4f9a2c81be"), erased);
        Assert.Contains(ledger.Hash(ErasureLedger.Profile, "", "profile-93c1f0"), erased);
        Assert.DoesNotContain(ledger.Hash(ErasureLedger.User, "webchat", "dl_4f9a2c81be"), erased);
        Assert.Empty(await ledger.ErasedSinceAsync(Now.AddTicks(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_generated_key_is_kept_in_an_owner_only_file_and_used_again_and_a_configured_key_wins()
    {
        var paths = BackupPaths.For(Path.Combine(_folder.FullName, "partnerbot.db"), new BackupOptions());
        Assert.Null(LedgerKey.Load(new BackupOptions(), paths, create: false));

        var first = LedgerKey.Load(new BackupOptions(), paths, create: true);
        var again = LedgerKey.Load(new BackupOptions(), paths, create: true);

        Assert.Equal(first, again);
        Assert.Equal(32, first!.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(paths.LedgerKeyFile));
        }

        var configured = new byte[40];
        Array.Fill(configured, (byte)7);
        Assert.Equal(configured, LedgerKey.Load(new BackupOptions { LedgerKey = Convert.ToBase64String(configured) }, paths, create: true));
    }

    [Fact]
    public void Different_keys_give_different_hashes_of_the_same_identity()
    {
        var one = new ErasureLedger("unused", new byte[32]);
        var other = new ErasureLedger("unused", Enumerable.Repeat((byte)1, 32).ToArray());
        Assert.NotEqual(one.Hash(ErasureLedger.User, "directline", "anna"), other.Hash(ErasureLedger.User, "directline", "anna"));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
