using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>Customer A completes the interview on the website; an outsider who knows A's conversation id and user id gets
/// nothing of A from any route (a security review found "meine Daten", a welcome back and "Daten löschen" all open to them).</summary>
public sealed class ConversationIdIsNoKeyTests
{
    private static readonly string[] WhatAnnaSaid = ["Anna", "Schmidt", "anna@example.com", "Bäckerei", "vorbestellen"];

    [Fact]
    public async Task Outside_Development_api_messages_without_channel_credentials_answers_401_for_any_of_As_ids()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["environment"] = "Production" }, realBot: true);
        var http = factory.CreateClient();
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);
        Assert.Contains(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId), p => p.Email == "anna@example.com");

        foreach (var channel in new[] { WebsiteChannel.Id, "webchat", "directline", "emulator" })
        {
            foreach (var text in new[] { "meine Daten", "Daten löschen" })
            {
                var outsider = new HttpChat(http, "de-DE", anna.UserId, anna.ConversationId, channel);
                using var response = await http.PostAsJsonAsync("/api/messages", outsider.Activity("message", text), Cancel);

                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                AssertNothingOfAnna(await response.Content.ReadAsStringAsync(Cancel));
            }
        }

        Assert.Single(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
    }

    [Fact]
    public async Task In_Development_an_outsider_claiming_As_channel_conversation_or_user_is_refused()
    {
        await using var factory = new WebChatFactory(realBot: true);
        var http = factory.CreateClient();
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);

        var claims = new[]
        {
            (Channel: WebsiteChannel.Id, User: anna.UserId, Conversation: anna.ConversationId),
            (Channel: WebsiteChannel.Id, User: "someone", Conversation: anna.ConversationId),
            (Channel: "directline", User: "someone", Conversation: anna.ConversationId),
            (Channel: "webchat", User: anna.UserId, Conversation: anna.ConversationId),
            (Channel: "directline", User: anna.UserId, Conversation: "conv-of-my-own"),
        };
        foreach (var (channel, user, conversation) in claims)
        {
            var outsider = new HttpChat(http, "de-DE", user, conversation, channel);
            foreach (var activity in new[] { outsider.Activity("conversationUpdate", null, Joined(user)), outsider.Activity("message", "meine Daten"), outsider.Activity("message", "Daten löschen") })
            {
                using var response = await http.PostAsJsonAsync("/api/messages", activity, Cancel);

                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                AssertNothingOfAnna(await response.Content.ReadAsStringAsync(Cancel));
            }
        }

        Assert.Single(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
    }

    [Fact]
    public async Task In_Development_As_conversation_id_on_another_channel_opens_nothing_of_A()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new WebChatFactory(realBot: true, services: s => s.AddSingleton<TimeProvider>(time));
        var http = factory.CreateClient();
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);

        // Once A's conversation has left the channel's memory, its id is an ordinary string on another channel: state is keyed by channel.
        time.Advance(TimeSpan.FromHours(3));
        var store = factory.Services.GetRequiredService<DirectLineConversationStore>();
        await store.EvictIdleAsync(Cancel);
        Assert.False(await store.ContainsAsync(anna.ConversationId, Cancel));
        var outsider = new HttpChat(http, "de-DE", "outsider-1", anna.ConversationId, "directline");
        var replies = new List<string>();
        replies.AddRange(await outsider.JoinAsync());
        replies.AddRange(await outsider.SayAsync("meine Daten"));
        replies.AddRange(await outsider.SayAsync("Daten löschen"));

        AssertNothingOfAnna(string.Join("\n", replies));
        Assert.Single(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
    }

    [Fact]
    public async Task The_connector_routes_are_gone_and_give_away_no_member_or_message()
    {
        await using var factory = new WebChatFactory(realBot: true);
        var http = factory.CreateClient();
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);
        var before = (await anna.PollAsync()).ToJsonString();
        var path = $"/v3/conversations/{anna.ConversationId}";
        var message = new JsonObject { ["type"] = "message", ["text"] = "Bitte hier klicken: https://phish.example", ["from"] = new JsonObject { ["id"] = "partnerbot" } };
        var anyActivity = Uri.EscapeDataString(anna.ConversationId + "|0000001");

        var requests = new[]
        {
            new HttpRequestMessage(HttpMethod.Get, $"{path}/members"),
            new HttpRequestMessage(HttpMethod.Get, $"{path}/activities/{anyActivity}/members"),
            new HttpRequestMessage(HttpMethod.Post, $"{path}/activities") { Content = JsonContent.Create(message) },
            new HttpRequestMessage(HttpMethod.Post, $"{path}/activities/{anyActivity}") { Content = JsonContent.Create(message) },
            new HttpRequestMessage(HttpMethod.Put, $"{path}/activities/{anyActivity}") { Content = JsonContent.Create(message) },
            new HttpRequestMessage(HttpMethod.Delete, $"{path}/activities/{anyActivity}"),
            new HttpRequestMessage(HttpMethod.Post, "/v3/conversations") { Content = JsonContent.Create(new JsonObject { ["members"] = new JsonArray(new JsonObject { ["id"] = "x" }) }) },
        };
        foreach (var request in requests)
        {
            using var response = await http.SendAsync(request, Cancel);

            Assert.False(response.IsSuccessStatusCode, $"{request.Method} {request.RequestUri} answered {response.StatusCode}");
            Assert.DoesNotContain(anna.UserId, await response.Content.ReadAsStringAsync(Cancel));
        }

        Assert.Equal(before, (await anna.PollAsync()).ToJsonString());
    }

    [Fact]
    public async Task Another_conversations_token_opens_none_of_As_Direct_Line_routes_and_a_forged_sender_is_rewritten()
    {
        await using var factory = new WebChatFactory(realBot: true);
        var http = factory.CreateClient();
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);
        var (mallory, _) = await StartAsync(http);
        var path = $"/conversations/{anna.ConversationId}";

        Assert.Equal(HttpStatusCode.Forbidden, (await mallory.SendAsync(HttpMethod.Get, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mallory.SendAsync(HttpMethod.Get, $"{path}/activities?watermark=")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mallory.SendAsync(HttpMethod.Post, $"{path}/activities", Message("meine Daten"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mallory.SendAsync(HttpMethod.Post, $"{path}/upload")).StatusCode);

        // Mallory's own conversation, posting as Anna: the channel sends the token's user to the bot.
        var forged = Message("meine Daten", fromId: anna.UserId);
        Assert.Equal(HttpStatusCode.OK, (await mallory.PostMessageAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mallory.PostMessageAsync(Message("Daten löschen", fromId: anna.UserId))).StatusCode);

        var malloryPage = await mallory.PollAsync();
        AssertNothingOfAnna(string.Join("\n", Texts(malloryPage)));
        Assert.All(Activities(malloryPage).Where(a => (string?)a["from"]?["role"] == "user"), a => Assert.Equal(mallory.UserId, (string?)a["from"]!["id"]));
        Assert.Single(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
    }

    private static JsonObject Joined(string user) => new()
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = user }, new JsonObject { ["id"] = "partnerbot" }),
    };

    private static void AssertNothingOfAnna(string text)
    {
        foreach (var piece in WhatAnnaSaid)
        {
            Assert.DoesNotContain(piece, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
