using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace PartnerBot.Tests.WebChat;

/// <summary>A laptop that slept past the token's lifetime keeps its chat: the page renews the token for the same conversation.</summary>
public sealed class ReconnectBrowserTests
{
    [Fact]
    public async Task After_the_token_expired_the_page_continues_the_same_conversation_with_its_history()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var chat = await ChatBrowser.StartAsync(
            new Dictionary<string, string?> { ["WebChat:UseWebSocket"] = "false", ["WebChat:TokenLifetime"] = "00:20:00" },
            realBot: false,
            services: s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(time);
            });
        try
        {
            await chat.OpenAsync();
            Assert.EndsWith(": ja", await chat.SayAsync("ja"));

            // The computer sleeps an hour: every token the page holds has expired (the conversation is within TokenMaxLifetime).
            time.Advance(TimeSpan.FromHours(1));
            await chat.Page.WaitForSelectorAsync("#partnerbot-chat[data-partnerbot-renewed='true']");
            await chat.WaitForBotMessagesAsync(2);

            Assert.EndsWith(": noch da", await chat.SayAsync("noch da"));
            var shown = await chat.BotMessagesAsync();
            Assert.Equal(GreetingEchoBot.Greeting, shown[0]);
            Assert.Single(shown, text => text == GreetingEchoBot.Greeting);
            Assert.Contains(shown, text => text.EndsWith(": ja", StringComparison.Ordinal));
            Assert.NotEqual("failed", await chat.Page.GetAttributeAsync("#partnerbot-chat", "data-partnerbot-state"));
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }
}

/// <summary>The server's side of the renewal: an expired token renews only for a conversation that still exists, within the chain's bound.</summary>
public sealed class ExpiredTokenRenewalTests
{
    [Fact]
    public async Task An_expired_token_renews_for_its_live_conversation_but_not_past_the_bound_nor_once_revoked()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T09:00:00Z", CultureInfo.InvariantCulture));
        await using var factory = new WebChatFactory(
            new Dictionary<string, string?> { ["WebChat:TokenLifetime"] = "00:20:00", ["WebChat:TokenMaxLifetime"] = "02:00:00", ["WebChat:ConversationIdleTimeout"] = "1.00:00:00" },
            services: s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(time);
            });
        var (client, _) = await DirectLineClient.StartAsync(factory.CreateClient());
        var (other, _) = await DirectLineClient.StartAsync(factory.CreateClient());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await other.PostMessageAsync(new System.Text.Json.Nodes.JsonObject { ["type"] = "endOfConversation" })).StatusCode);

        time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}")).StatusCode);
        var renewed = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        Assert.Equal(System.Net.HttpStatusCode.OK, renewed.StatusCode);
        client.Token = (string)(await DirectLineClient.ReadAsync(renewed))["token"]!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}")).StatusCode);

        // A conversation the customer ended renews nothing.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await other.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode);

        // Past TokenMaxLifetime the chain ends: the customer starts a new conversation.
        time.Advance(TimeSpan.FromMinutes(75));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode);
    }
}
