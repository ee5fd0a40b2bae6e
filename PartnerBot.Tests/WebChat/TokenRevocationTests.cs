using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>A security review found Direct Line tokens refreshing without limit and still refreshing after "Daten löschen".</summary>
public sealed class TokenRevocationTests
{
    [Fact]
    public async Task A_tokens_refresh_chain_ends_at_the_maximum_lifetime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new WebChatFactory(
            new Dictionary<string, string?> { ["WebChat:TokenLifetime"] = "01:00:00", ["WebChat:TokenMaxLifetime"] = "02:00:00" },
            services: s => s.AddSingleton<TimeProvider>(time));
        var (client, _) = await StartAsync(factory.CreateClient());

        for (var i = 0; i < 2; i++)
        {
            time.Advance(TimeSpan.FromMinutes(50));
            var refreshed = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            var body = await ReadAsync(refreshed);
            client.Token = (string)body["token"]!;
            Assert.InRange((int)body["expires_in"]!, 1, (int)TimeSpan.FromMinutes(120 - (50 * (i + 1))).TotalSeconds);
        }

        time.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}")).StatusCode);
    }

    [Fact]
    public async Task After_Daten_loeschen_the_token_no_longer_refreshes_and_the_conversations_activities_are_gone()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new WebChatFactory(realBot: true, services: s => s.AddSingleton<TimeProvider>(time));
        var anna = await WebsiteCustomer.CompleteInterviewAsync(factory.CreateClient());
        var before = (await anna.PollAsync())["watermark"]!.ToString();
        Assert.Contains("Anna", await WebsiteCustomer.TranscriptAsync(anna));

        Assert.Equal(HttpStatusCode.OK, (await anna.PostMessageAsync(Message("Daten löschen"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.PostMessageAsync(Message("ja"))).StatusCode);

        Assert.Empty(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.PostMessageAsync(Message("noch da?"))).StatusCode);

        // What is left to read is the confirmation only, from the start of the conversation as from any watermark before it.
        foreach (var watermark in new[] { "", "0", before })
        {
            var page = await anna.PollAsync(watermark);
            var texts = Texts(page).ToList();
            Assert.Single(texts);
            Assert.DoesNotContain("Anna", texts[0]);
            Assert.DoesNotContain("Daten löschen", texts[0]);
        }

        var conversation = ((MemoryDirectLineLog)factory.Services.GetRequiredService<IDirectLineLog>()).Find(anna.ConversationId)!;
        Assert.True(conversation.Erased);
        Assert.InRange(conversation.Bytes, 1, 8 * 1024);

        time.Advance(DirectLineTokenService.RevokedReadGrace + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.SendAsync(HttpMethod.Get, $"/conversations/{anna.ConversationId}/activities?watermark=")).StatusCode);
    }
}
