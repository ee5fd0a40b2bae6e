using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>What the bot receives from the local channel: every field a channel must set (shared/DIRECTLINE.md).</summary>
public sealed class DirectLineBotTests
{
    [Fact]
    public async Task The_conversation_start_and_a_message_reach_the_bot_fully_addressed()
    {
        var bot = new RecordingBot();
        await using var factory = bot.App();
        var (client, _) = await StartAsync(factory.CreateClient());
        await client.PostMessageAsync(Message("ja", "c-1", fromId: "spoofed"));

        var received = bot.Received.ToList();
        Assert.Equal(2, received.Count);
        var start = received[0];
        Assert.Equal(ActivityTypes.ConversationUpdate, start.Type);
        Assert.Equal(["partnerbot", client.UserId], start.MembersAdded.Select(m => m.Id));
        var message = received[1];
        foreach (var activity in received)
        {
            Assert.Equal(WebsiteChannel.Id, activity.ChannelId);
            Assert.Equal(WebsiteChannel.LocalServiceUrl, activity.ServiceUrl);
            Assert.Equal(client.ConversationId, activity.Conversation.Id);
            Assert.Equal(("partnerbot", "bot"), (activity.Recipient.Id, activity.Recipient.Role));
            Assert.Equal((client.UserId, "user"), (activity.From.Id, activity.From.Role));
            Assert.Equal("de-DE", activity.Locale);
            Assert.False(string.IsNullOrEmpty(activity.Id));
            Assert.NotNull(activity.Timestamp);
        }

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal("ja", message.Text);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:MaxUploadBytes"] = "16384" });
        var http = factory.CreateClient();
        var (client, _) = await StartAsync(http);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Message("Bild").ToJsonString()), "activity", "blob" },
            { new ByteArrayContent(new byte[20_000]), "file", "gross.png" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/upload") { Content = form };
        request.Headers.Authorization = new("Bearer", client.Token);

        var response = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single(Activities(await client.PollAsync()));
    }
}
