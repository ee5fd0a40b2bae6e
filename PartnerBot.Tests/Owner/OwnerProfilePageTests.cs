using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

public class OwnerProfilePageTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    [Fact]
    public async Task The_profile_shows_slots_with_the_customers_words_the_timeline_and_the_transcript()
    {
        var profile = await factory.Profiles.AddAsync("Olga Ofen", "einen Holzofen", factory.Time.GetUtcNow(), vision: "mit Freunden backen");
        var transcripts = factory.Services.GetRequiredService<ITranscriptStore>();
        await transcripts.LogActivityAsync(Message(profile.ConversationId, "user", "Guten Tag, ich bin Olga", 0));
        await transcripts.LogActivityAsync(Message(profile.ConversationId, "bot", "Schön, Sie kennenzulernen, Olga!", 1));

        using var client = await factory.SignedInAsync();
        var html = await client.GetPageAsync($"/owner/profiles/{profile.Id}");
        Assert.Contains("<span class=\"value\">einen Holzofen</span>", html);
        Assert.Contains("<q class=\"words\">ich hätte gern einen Holzofen</q>", html);
        Assert.Contains("mit Freunden backen", html);
        Assert.Contains("28. März 2027", html);
        Assert.Contains("800 €", html);
        Assert.Contains("Guten Tag, ich bin Olga", html);
        Assert.Contains("Schön, Sie kennenzulernen, Olga!", html);
        Assert.Contains("<li class=\"bot\">", html);
    }

    [Fact]
    public async Task Notes_are_kept_per_profile()
    {
        var profile = await factory.Profiles.AddAsync("Paul Notiz", "Zimtschnecken", factory.Time.GetUtcNow());
        using var client = await factory.SignedInAsync();
        var token = await client.TokenAsync($"/owner/profiles/{profile.Id}");
        using (var saved = await client.PostFormAsync($"/owner/profiles/{profile.Id}?handler=Note", new Dictionary<string, string> { ["Text"] = "Montag anrufen" }, token))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var html = await client.GetPageAsync($"/owner/profiles/{profile.Id}?done=note");
        Assert.Contains("Montag anrufen", html);
        Assert.Contains("Die Notiz ist gespeichert.", html);
        var notes = await factory.Services.GetRequiredService<OwnerNotesStore>().GetAsync(profile.Id, CancellationToken.None);
        Assert.Equal("Montag anrufen", Assert.Single(notes).Text);
    }

    [Fact]
    public async Task Deleting_asks_first_and_then_erases_the_profile_its_notes_and_transcript()
    {
        var profile = await factory.Profiles.AddAsync("Quirin Weg", "Laugenbrezel", factory.Time.GetUtcNow());
        var notes = factory.Services.GetRequiredService<OwnerNotesStore>();
        await notes.AddAsync(profile.Id, new OwnerNote(factory.Time.GetUtcNow(), "vertraulich"), CancellationToken.None);
        var transcripts = factory.Services.GetRequiredService<ITranscriptStore>();
        await transcripts.LogActivityAsync(Message(profile.ConversationId, "user", "Hallo", 0));
        await factory.Storage.WriteAsync(new Dictionary<string, object> { [OutboxItem.KeyFor(profile.Id)] = new OutboxItem { ProfileId = profile.Id, ETag = "*" } }, CancellationToken.None);

        using var client = await factory.SignedInAsync();
        var confirm = await client.GetPageAsync($"/owner/profiles/{profile.Id}/delete");
        Assert.Contains("Quirin Weg", confirm);
        Assert.NotNull(await factory.Profiles.GetAsync(profile.Id, CancellationToken.None));

        using var erased = await client.PostFormAsync($"/owner/profiles/{profile.Id}/delete", new Dictionary<string, string>(), OwnerClient.TokenIn(confirm));
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Null(await factory.Profiles.GetAsync(profile.Id, CancellationToken.None));
        Assert.Empty(await notes.GetAsync(profile.Id, CancellationToken.None));
        Assert.Empty((await transcripts.GetTranscriptActivitiesAsync("directline", profile.ConversationId)).Items);
        Assert.Empty(await factory.Storage.ReadAsync([OutboxItem.KeyFor(profile.Id)], CancellationToken.None));
        using var gone = await client.GetAsync($"/owner/profiles/{profile.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_overview_counts_the_funnel_and_the_words()
    {
        await using var app = new OwnerAppFactory();
        var now = app.Time.GetUtcNow();
        var won = await app.Profiles.AddAsync("R1", "Hochzeitstorte mit Erdbeeren", now.AddDays(-1));
        await app.Profiles.SetFollowUpAsync(won.Id, "won", CancellationToken.None);
        var contacted = await app.Profiles.AddAsync("R2", "Hochzeitstorte", now.AddDays(-8));
        await app.Profiles.SetFollowUpAsync(contacted.Id, "contacted", CancellationToken.None);
        await app.Profiles.AddAsync("R3", "Erdbeeren", now.AddDays(-8), status: "in-progress");

        using var client = await app.SignedInAsync();
        var html = await client.GetPageAsync("/owner/overview");
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Matches("Begonnen</text>\\s*<rect[^>]*/>\\s*<text[^>]*>3</text>", html);
        Assert.Matches("Abgeschlossen</text>\\s*<rect[^>]*/>\\s*<text[^>]*>2</text>", html);
        Assert.Matches("Kontaktiert</text>\\s*<rect[^>]*/>\\s*<text[^>]*>2</text>", html);
        Assert.Matches("Gewonnen</text>\\s*<rect[^>]*/>\\s*<text[^>]*>1</text>", html);
        Assert.Matches("<li><span>erdbeeren</span> <span class=\"muted\">2</span></li>", html);
        Assert.Matches("<li><span>hochzeitstorte</span> <span class=\"muted\">2</span></li>", html);
    }

    private static Activity Message(string conversationId, string role, string text, int second) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "directline",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = role, Role = role },
        Recipient = new ChannelAccount { Id = role == "bot" ? "user" : "bot" },
        Text = text,
        Timestamp = new DateTimeOffset(2026, 11, 20, 9, 0, second, TimeSpan.Zero),
    };
}
