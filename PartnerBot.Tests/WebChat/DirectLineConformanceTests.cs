using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The local channel answers as the Direct Line 3.0 reference does, where Web Chat or another Direct Line client can tell.</summary>
public sealed class DirectLineConformanceTests
{
    [Theory]
    [InlineData(ActivityTypes.Invoke)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    public async Task Any_activity_type_is_taken_and_reaches_the_bot_from_the_tokens_user(string type)
    {
        var bot = new RecordingBot();
        await using var factory = bot.App();
        var (client, _) = await StartAsync(factory.CreateClient());

        var response = await client.PostMessageAsync(new JsonObject { ["type"] = type, ["from"] = new JsonObject { ["id"] = "spoofed" }, ["name"] = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)(await ReadAsync(response))["id"]));
        var received = Assert.Single(bot.Received, a => a.Type == type && a.Id != null && (type != ActivityTypes.ConversationUpdate || a.MembersAdded is null));
        Assert.Equal(client.UserId, received.From.Id);
        Assert.Equal(WebsiteChannel.Id, received.ChannelId);
    }

    [Fact]
    public async Task A_conversation_update_from_the_client_stays_out_of_the_history()
    {
        await using var factory = new RecordingBot().App();
        var (client, _) = await StartAsync(factory.CreateClient());

        await client.PostMessageAsync(new JsonObject { ["type"] = ActivityTypes.ConversationUpdate });

        Assert.DoesNotContain(Activities(await client.PollAsync()), a => (string?)a["type"] == ActivityTypes.ConversationUpdate);
    }

    [Fact]
    public async Task End_of_conversation_from_the_client_ends_it_after_the_bot_heard_it()
    {
        var bot = new RecordingBot();
        await using var factory = bot.App();
        var (client, _) = await StartAsync(factory.CreateClient());

        var response = await client.PostMessageAsync(new JsonObject { ["type"] = ActivityTypes.EndOfConversation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.Received, a => a.Type == ActivityTypes.EndOfConversation);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities?watermark=")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.PostMessageAsync(Message("noch da?"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "/conversations")).StatusCode);
    }

    [Fact]
    public async Task An_activity_without_a_type_is_refused_with_MissingProperty()
    {
        await using var factory = new RecordingBot().App();
        var (client, _) = await StartAsync(factory.CreateClient());

        var response = await client.PostMessageAsync(new JsonObject { ["text"] = "ohne Typ" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MissingProperty", (string?)(await ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task A_single_file_upload_becomes_a_message_with_that_attachment()
    {
        var bot = new RecordingBot();
        await using var factory = bot.App();
        var (client, _) = await StartAsync(factory.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/upload?userId={client.UserId}")
        {
            Content = new ByteArrayContent("%PDF-1.7 Grundriss"u8.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "grundriss.pdf" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);

        var response = await client.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(bot.Received, a => a.Type == ActivityTypes.Message);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("application/pdf", "grundriss.pdf"), (attachment.ContentType, attachment.Name));
        Assert.Equal(client.UserId, message.From.Id);
    }

    [Fact]
    public async Task The_conversation_object_carries_reference_grammar_id_and_etag()
    {
        await using var factory = new RecordingBot().App();
        var (client, started) = await StartAsync(factory.CreateClient());

        var resumed = await ReadAsync(await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}"));

        foreach (var conversation in new[] { started, resumed })
        {
            Assert.Equal(WebsiteChannel.ReferenceGrammarId, (string?)conversation["referenceGrammarId"]);
            Assert.False(string.IsNullOrEmpty((string?)conversation["eTag"]));
        }
    }
}
