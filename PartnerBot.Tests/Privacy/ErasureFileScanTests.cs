using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Notifications;
using PartnerBot.Privacy;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Owner;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Privacy;

/// <summary>A customer completes, the owner notes their name and phone, the owner is notified; then the customer is erased by each of the
/// three ways there are, and the SQLite files (main file with its free pages, <c>-wal</c>, <c>-shm</c>) hold no byte of them.</summary>
public sealed class ErasureFileScanTests : IAsyncDisposable
{
    private const string UserId = "u-quast";
    private const string Email = "wilhelmine.quast@example.org";
    private const string PhoneDigits = "9876543";
    private const string NoteWord = "Zimtsternlieferung";

    private readonly SqliteTestFile _file = new();
    private FakeConnector? _webhook;
    private OwnerAppFactory? _app;

    [Fact]
    public async Task Daten_loeschen_leaves_no_byte_of_the_customer_their_note_or_their_notification()
    {
        var (app, chat, profileId) = await CustomerWithNoteAndNotificationAsync();

        Assert.Equal(app.Services.GetRequiredService<PartnerBot.Interview.WordingCatalog>().For("de-DE").Deleted, Assert.Single(await chat.SayAllAsync("Daten löschen", "ja")));

        await AssertErasedAsync(app, profileId);
    }

    [Fact]
    public async Task The_owner_api_delete_leaves_no_byte_of_the_customer_their_note_or_their_notification()
    {
        var (app, _, profileId) = await CustomerWithNoteAndNotificationAsync();
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", OwnerAppFactory.ApiKey);

        using var deleted = await api.DeleteAsync($"/api/owner/profiles/{profileId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertErasedAsync(app, profileId);
    }

    [Fact]
    public async Task The_retention_purge_leaves_no_byte_of_the_customer_their_note_or_their_notification()
    {
        var (app, _, profileId) = await CustomerWithNoteAndNotificationAsync();
        app.Time.Advance(TimeSpan.FromDays(400));

        Assert.Equal(1, await ActivatorUtilities.CreateInstance<RetentionService>(app.Services).PurgeAsync(CancellationToken.None));

        await AssertErasedAsync(app, profileId);
    }

    [Fact]
    public async Task The_database_files_are_readable_by_the_apps_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("File modes are a Unix matter.");
            return;
        }

        await CustomerWithNoteAndNotificationAsync();

        var files = DatabaseFileScan.Files(_file.FilePath);
        Assert.Equal(3, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(_file.FilePath)!));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_webhook is not null)
        {
            await _webhook.DisposeAsync();
        }

        _file.Dispose();
    }

    /// <summary>The whole app on a SQLite file: a customer completes over <c>/api/messages</c>, the owner writes a note with their name and
    /// phone in the dashboard, and the notification goes out through the outbox to a webhook.</summary>
    private async Task<(OwnerAppFactory App, HttpChat Chat, string ProfileId)> CustomerWithNoteAndNotificationAsync()
    {
        _webhook = await FakeConnector.StartAsync();
        var app = _app = OwnerAppFactory.With(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:PartnerBot"] = $"Data Source={_file.FilePath}",
                ["Owner:NotifyWebhookUrl"] = _webhook.BaseUrl + "hooks/owner",
                // The receiver runs on this machine.
                ["Owner:NotifyWebhookAllowPrivateNetworks"] = "true",
            },
            // The tests run the outbox and the purge themselves instead of the background services, whose timing they cannot know.
            services =>
            {
                services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NotificationWorker)));
                services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionService)));
            });

        var chat = new HttpChat(app.CreateClient(), "de-DE", UserId);
        await chat.JoinAsync();
        await chat.SayAllAsync(
            "ja",
            "Wilhelmine Quast",
            "eine Hochzeitstorte mit Zimtsternen",
            "Drei Etagen, dazu kleine Zimtsterne für jeden Gast.",
            "bis Ende Mai",
            "ungefähr 800 €",
            $"{Email}, Telefon 0171 {PhoneDigits}");
        await chat.SayAsync("ja");
        var profileId = Assert.Single(await app.Profiles.FindIdsByCustomerAsync("directline", UserId, CancellationToken.None));

        using (var owner = await app.SignedInAsync())
        {
            var token = await owner.TokenAsync($"/owner/profiles/{profileId}");
            using var saved = await owner.PostFormAsync(
                $"/owner/profiles/{profileId}?handler=Note",
                new Dictionary<string, string> { ["Text"] = $"Frau Quast wegen der {NoteWord} anrufen: 0171 {PhoneDigits}" },
                token);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(1, await app.Services.GetRequiredService<NotificationOutbox>().RunOnceAsync(CancellationToken.None));
        Assert.NotEmpty(await app.Storage.ReadAsync([OutboxItem.KeyFor(profileId)], CancellationToken.None));

        // The scan sees the customer while they are stored, so an empty scan afterwards means they are gone.
        foreach (var text in new[] { Email, "Quast", PhoneDigits, NoteWord })
        {
            Assert.True(DatabaseFileScan.Count(_file.FilePath, text) > 0, $"{text} is in the files before the erasure");
        }

        return (app, chat, profileId);
    }

    private async Task AssertErasedAsync(OwnerAppFactory app, string profileId)
    {
        Assert.Null(await app.Profiles.GetAsync(profileId, CancellationToken.None));
        Assert.Empty(await app.Services.GetRequiredService<OwnerNotesStore>().GetAsync(profileId, CancellationToken.None));
        Assert.Empty(await app.Storage.ReadAsync([OutboxItem.KeyFor(profileId), OwnerNotes.KeyFor(profileId), $"directline/users/{UserId}"], CancellationToken.None));
        Assert.Empty(await app.Services.GetRequiredService<ITranscriptStore>().ListTranscriptsAsync("directline") is { Items: var items } ? items : []);
        DatabaseFileScan.AssertNoneOf(_file.FilePath, Email, "Quast", "Wilhelmine", PhoneDigits, NoteWord, "Hochzeitstorte");
    }
}
