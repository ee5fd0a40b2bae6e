using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>Message size, rate limits (429 + Retry-After) and the bounded conversation store.</summary>
public sealed class WebChatLimitTests
{
    [Fact]
    public async Task A_message_over_the_length_limit_is_refused_with_a_clear_error_and_not_processed()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["Bot:MaxMessageLength"] = "100" });
        var (client, _) = await StartAsync(factory.CreateClient());

        var response = await client.PostMessageAsync(Message(new string('a', 101)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await ReadAsync(response))["error"]!;
        Assert.Equal("MessageSizeTooBig", (string?)error["code"]);
        Assert.Contains("100", (string?)error["message"]);
        Assert.Single(Activities(await client.PollAsync()));
    }

    [Fact]
    public async Task A_body_over_the_byte_limit_is_refused()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:MaxActivityBytes"] = "4096", ["Bot:MaxMessageLength"] = "20000" });
        var (client, _) = await StartAsync(factory.CreateClient());

        var response = await client.PostMessageAsync(Message(new string('a', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_messages_in_one_conversation_answer_429_with_Retry_After()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:ActivitiesPerConversationPerMinute"] = "2" });
        var (client, _) = await StartAsync(factory.CreateClient());
        var (other, _) = await StartAsync(factory.CreateClient());

        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(Message("1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(Message("2"))).StatusCode);
        var limited = await client.PostMessageAsync(Message("3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyRequests", (string?)(await ReadAsync(limited))["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, (await other.PostMessageAsync(Message("1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities?watermark=")).StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_from_one_address_answer_429_with_Retry_After()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:RequestsPerIpPerMinute"] = "3" });
        var http = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/v3/directline/tokens/generate", null, Cancel)).StatusCode);
        }

        var limited = await http.PostAsync("/api/webchat/token", null, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_full_store_refuses_a_new_conversation_rather_than_evicting_one_in_use_and_evicts_idle_ones()
    {
        // A security review found 2,001 new conversations evicting every live chat; now only unused ones make room.
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", CultureInfo.InvariantCulture));
        var options = Options.Create(new WebChatOptions { MaxConversations = 2, ConversationIdleTimeout = TimeSpan.FromMinutes(30), MinIdleBeforeEviction = TimeSpan.FromMinutes(5) });
        var log = new MemoryDirectLineLog(options, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<MemoryDirectLineLog>.Instance);
        var store = new DirectLineConversationStore(log, options, time);

        await store.GetOrCreateAsync("a", "u", null, "de-DE", Cancel);
        time.Advance(TimeSpan.FromMinutes(1));
        await store.GetOrCreateAsync("b", "u", null, "de-DE", Cancel);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Null((await store.GetOrCreateAsync("c", "u", null, "de-DE", Cancel)).Conversation);
        Assert.NotNull(await store.FindAsync("a", Cancel));
        Assert.NotNull(await store.FindAsync("b", Cancel));

        time.Advance(TimeSpan.FromMinutes(6));
        await store.FindAsync("a", Cancel);
        Assert.True((await store.GetOrCreateAsync("c", "u", null, "de-DE", Cancel)).Created);
        Assert.NotNull(await store.FindAsync("a", Cancel));
        Assert.Null(await store.FindAsync("b", Cancel));

        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(2, await store.EvictIdleAsync(Cancel));
        Assert.Equal(0, log.Count);
        Assert.Equal(0, log.Budget.UsedBytes);
    }

    [Fact]
    public void A_conversation_keeps_only_its_newest_activities_and_watermarks_keep_counting()
    {
        var conversation = new DirectLineConversation("c", "u", null, "de-DE", maxEntries: 10, TimeProvider.System);
        for (var i = 0; i < 25; i++)
        {
            conversation.Append(new Microsoft.Bot.Schema.Activity("message") { Text = $"m{i}" });
        }

        var page = System.Text.Json.Nodes.JsonNode.Parse(conversation.Read(0).Frame())!.AsObject();
        Assert.Equal(10, Activities(page).Count());
        Assert.Equal("m15", Texts(page).First());
        Assert.Equal("25", (string?)page["watermark"]);
    }

    [Fact]
    public void A_socket_that_falls_behind_is_dropped_instead_of_buffering_without_bound()
    {
        var live = new DirectLineLive();
        var subscriber = new DirectLineSubscriber(capacity: 4);
        live.Subscribe(subscriber);

        // Wakes for appended activities coalesce (the socket reads the log itself); unlogged ones (typing) queue.
        for (var i = 0; i < 10; i++)
        {
            live.Wake();
            live.Offer($"{{\"type\":\"typing\",\"n\":{i}}}");
        }

        Assert.True(subscriber.Overflowed);
        Assert.False(live.HasSubscribers);
        var queued = 0;
        while (subscriber.Signals.TryRead(out _))
        {
            queued++;
        }

        Assert.Equal(4, queued);
        Assert.True(subscriber.Signals.Completion.IsCompleted);
    }

    [Fact]
    public void Invalid_options_stop_the_app_at_start_with_a_clear_message()
    {
        using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:AccentColor"] = "orange" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.Services.GetRequiredService<IOptions<WebChatOptions>>());
        Assert.Contains("WebChat:AccentColor", failure.ToString());
    }
}
