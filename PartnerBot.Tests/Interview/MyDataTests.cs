using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Interview;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Owner;

namespace PartnerBot.Tests.Interview;

/// <summary>"meine Daten" answers with everything stored about the customer (Art. 15 DSGVO): every wish, and what the business noted.</summary>
public sealed class MyDataTests
{
    [Fact]
    public async Task My_data_shows_the_customers_requests_with_their_kind_and_words()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", "Machen Sie auch Hausbesuche?");

        var myData = string.Join("\n", await chat.SayAsync("meine Daten"));

        Assert.Contains("Ihre Anliegen an Bäckerei Sonnenschein:\n- 26.11.2026, Frage: Machen Sie auch Hausbesuche?", myData);
    }

    [Fact]
    public async Task A_customer_with_two_wishes_sees_both_the_first_ones_email_and_the_owners_notes()
    {
        await using var app = new OwnerAppFactory();
        var chat = new HttpChat(app.CreateClient(), "de-DE", "u-zweimal");
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Konrad Zweimal", "eine Geburtstagstorte", "Schokolade mit Himbeeren", "bis Ende Mai", "etwa 120 €", "konrad.zweimal@example.org");
        await chat.SayAsync("ja");
        var first = Assert.Single(await app.Profiles.FindIdsByCustomerAsync("directline", "u-zweimal", CancellationToken.None));
        var notes = app.Services.GetRequiredService<OwnerNotesStore>();
        await notes.AddAsync(first, new OwnerNote(app.Time.GetUtcNow(), "Kommt Freitag zur Verkostung ![x](https://tracker.example/p.png)"), CancellationToken.None);
        await notes.AddAsync(first, new OwnerNote(app.Time.GetUtcNow(), "Wir freuen uns auf Freitag!", IsReply: true), CancellationToken.None);

        app.Time.Advance(TimeSpan.FromDays(3));
        await chat.SayAsync("neu starten");
        await chat.SayAllAsync("Konrad Zweimal", "zwei Bleche Butterkuchen", "überspringen", "überspringen", "überspringen", "0171 5550123");
        Assert.Equal(2, (await app.Profiles.FindIdsByCustomerAsync("directline", "u-zweimal", CancellationToken.None)).Count);

        var replies = await chat.SayAsync("meine Daten");

        Assert.InRange(replies.Count, 1, 2);
        var answer = string.Join("\n", replies);
        var wording = app.Services.GetRequiredService<WordingCatalog>().For("de-DE");
        Assert.Contains(wording.MyDataIntro, answer);
        Assert.Contains("eine Geburtstagstorte", answer);
        Assert.Contains("konrad.zweimal@example.org", answer);
        Assert.Contains("zwei Bleche Butterkuchen", answer);
        Assert.Contains("+49 171 5550123", answer);
        Assert.Contains("Kommt Freitag zur Verkostung", answer);
        // A note is shown as typed: markup in it loads nothing in the customer's chat.
        Assert.DoesNotContain("![x](", answer);
        Assert.Contains("Antwort an Sie: Wir freuen uns auf Freitag!", answer);
        Assert.Contains("(abgeschickt)", answer);
        Assert.Contains("(noch nicht abgeschickt)", answer);
        Assert.True(answer.IndexOf("Geburtstagstorte", StringComparison.Ordinal) < answer.IndexOf("Butterkuchen", StringComparison.Ordinal), "oldest wish first");
    }

    [Fact]
    public async Task The_answer_is_not_kept_in_the_dialog_state()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Konrad Zweimal", "eine Geburtstagstorte");
        Assert.Contains("Konrad Zweimal", (await chat.SayAsync("meine Daten"))[0]);

        var stored = await bot.Storage.ReadAsync([$"test/conversations/{chat.ConversationId}"], CancellationToken.None);
        Assert.DoesNotContain(bot.German.MyDataIntro, Newtonsoft.Json.JsonConvert.SerializeObject(stored[$"test/conversations/{chat.ConversationId}"]));
    }
}
