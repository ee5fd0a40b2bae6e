using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Storage.Backup;
using PartnerBot.Tests.Owner;

namespace PartnerBot.Tests.Storage.Backup;

public sealed class BackupHealthTests : IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task The_overview_and_healthz_show_the_last_backup_and_turn_degraded_but_200_when_it_is_older_than_two_intervals()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:PartnerBot"] = $"Data Source={_file.FilePath}",
            ["Storage:Backup:Interval"] = "01:00:00",
        });
        var status = app.Services.GetRequiredService<BackupStatus>();
        await WhenAsync(status, s => s.LastGood is not null);

        var healthy = await HealthAsync(app);
        Assert.Equal("ready", healthy.GetProperty("status").GetString());
        Assert.False(healthy.TryGetProperty("warning", out _));
        Assert.Equal(status.LastGood!.TakenAt, healthy.GetProperty("backup").GetProperty("lastGoodBackup").GetDateTimeOffset());
        Assert.Equal(0, healthy.GetProperty("backup").GetProperty("ageSeconds").GetInt64());
        using (var owner = await app.SignedInAsync())
        {
            var page = await owner.GetPageAsync("/owner/overview");
            Assert.Contains("Letzte geprüfte Sicherung: 20.11.2026 10:00 (Alter: 0 Min.)", page);
            Assert.DoesNotContain("älter als zwei Sicherungsintervalle", page);
        }

        // The backup folder becomes unusable: every later attempt fails.
        Directory.Delete(Path.Combine(Path.GetDirectoryName(_file.FilePath)!, "backups"), recursive: true);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(_file.FilePath)!, "backups"), "not a folder", TestContext.Current.CancellationToken);
        var failed = WhenAsync(status, s => s.LastFailure is not null);
        app.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await failed;

        using var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var degraded = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Contains("more than twice Storage:Backup:Interval", degraded.GetProperty("warning").GetString());
        Assert.Equal(7260, degraded.GetProperty("backup").GetProperty("ageSeconds").GetInt64());
        Assert.NotEqual("", degraded.GetProperty("backup").GetProperty("lastFailure").GetString());
        using (var owner = await app.SignedInAsync())
        {
            var page = await owner.GetPageAsync("/owner/overview");
            Assert.Contains("Letzte geprüfte Sicherung: 20.11.2026 10:00 (Alter: 2 Std.)", page);
            Assert.Contains("älter als zwei Sicherungsintervalle", page);
            Assert.Contains("Der letzte Versuch ist fehlgeschlagen", page);
        }
    }

    [Fact]
    public async Task On_memory_storage_healthz_says_ready_without_backup_details_and_the_overview_has_no_backup_box()
    {
        await using var app = new OwnerAppFactory();
        var health = await HealthAsync(app);
        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.False(health.TryGetProperty("backup", out _));
        using var owner = await app.SignedInAsync();
        Assert.DoesNotContain("id=\"backup\"", await owner.GetPageAsync("/owner/overview"));
    }

    private static async Task<JsonElement> HealthAsync(OwnerAppFactory app)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Completes once <paramref name="condition"/> holds (checked now and after every backup attempt).</summary>
    private static Task WhenAsync(BackupStatus status, Func<BackupStatus, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        status.Changed += () =>
        {
            if (condition(status))
            {
                done.TrySetResult();
            }
        };
        if (condition(status))
        {
            done.TrySetResult();
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}
