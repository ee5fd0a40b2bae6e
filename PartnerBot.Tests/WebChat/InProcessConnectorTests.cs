using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Bots;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The bot's messages into website conversations (replies, the owner's proactive ones, updates, deletes) are handed
/// to the channel in process; the Connector routes that used to take them over HTTP are gone (ConversationIdIsNoKeyTests).</summary>
public sealed class InProcessConnectorTests
{
    [Fact]
    public async Task A_proactive_message_reaches_the_conversation_with_an_id_and_timestamp()
    {
        await using var factory = new WebChatFactory();
        var (client, _) = await StartAsync(factory.CreateClient());

        await ContinueAsync(factory, client, turn => turn.SendActivityAsync("Eine Nachricht von der Inhaberin", cancellationToken: Cancel));

        var activity = Activities(await client.PollAsync("1")).Single();
        Assert.Equal("Eine Nachricht von der Inhaberin", (string?)activity["text"]);
        Assert.StartsWith(client.ConversationId + "|", (string?)activity["id"]);
        Assert.NotNull(activity["timestamp"]);
        Assert.Equal(client.ConversationId, (string?)activity["conversation"]!["id"]);
        Assert.Equal(client.UserId, (string?)activity["recipient"]!["id"]);
    }

    [Fact]
    public async Task The_bot_updates_and_deletes_its_messages_in_place()
    {
        await using var factory = new WebChatFactory();
        var (client, _) = await StartAsync(factory.CreateClient());
        string? id = null;
        await ContinueAsync(factory, client, async turn => id = (await turn.SendActivityAsync("alt", cancellationToken: Cancel)).Id);

        await ContinueAsync(factory, client, turn =>
        {
            var update = MessageFactory.Text("neu");
            update.Id = id;
            return turn.UpdateActivityAsync(update, Cancel);
        });

        var updated = Activities(await client.PollAsync("2")).Single();
        Assert.Equal((id, "neu"), ((string?)updated["id"], (string?)updated["text"]));

        await ContinueAsync(factory, client, turn => turn.DeleteActivityAsync(id, Cancel));
        Assert.Equal([GreetingEchoBot.Greeting], Texts(await client.PollAsync()));
    }

    [Fact]
    public async Task Members_are_the_customer_and_the_bot()
    {
        await using var factory = new WebChatFactory();
        var (client, _) = await StartAsync(factory.CreateClient());
        IList<ChannelAccount>? members = null;

        await ContinueAsync(factory, client, async turn =>
            members = await turn.TurnState.Get<IConnectorClient>().Conversations.GetConversationMembersAsync(client.ConversationId, Cancel));

        Assert.Equal([client.UserId, "partnerbot"], members!.Select(m => m.Id));
    }

    [Fact]
    public async Task A_message_to_an_ended_conversation_fails_instead_of_claiming_it_was_sent()
    {
        await using var factory = new WebChatFactory();
        var ended = new DirectLineClient(factory.CreateClient()) { ConversationId = "0123456789abcdef0123456789abcdef", UserId = "dl_gone" };

        await Assert.ThrowsAsync<ErrorResponseException>(() =>
            ContinueAsync(factory, ended, turn => turn.SendActivityAsync("Hallo?", cancellationToken: Cancel)));
    }

    [Fact]
    public async Task With_an_Azure_registration_configured_the_website_chat_still_works_without_reaching_Azure()
    {
        const string appId = "8a1f7a4e-5a3c-4a57-9a0e-2f1b8c3d4e5f";
        await using var factory = new WebChatFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "fake-password-no-azure-here",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        var (client, _) = await StartAsync(factory.CreateClient());

        await client.PostMessageAsync(Message("Hallo"));
        await ContinueAsync(factory, client, turn => turn.SendActivityAsync("Von der Inhaberin", cancellationToken: Cancel), appId);

        Assert.Equal([GreetingEchoBot.Greeting, "Hallo", $"Echo von {client.UserId}: Hallo", "Von der Inhaberin"], Texts(await client.PollAsync()));
    }

    /// <summary>What the owner's reply does: a proactive turn on the conversation's reference, as the profile stores it.</summary>
    private static async Task ContinueAsync(WebChatFactory factory, DirectLineClient client, Func<ITurnContext, Task> send, string appId = "")
    {
        var reference = new ConversationReference
        {
            ChannelId = WebsiteChannel.Id,
            ServiceUrl = WebsiteChannel.LocalServiceUrl,
            Conversation = new ConversationAccount(id: client.ConversationId),
            User = new ChannelAccount(client.UserId, role: RoleTypes.User),
            Bot = new ChannelAccount("partnerbot", role: RoleTypes.Bot),
            Locale = "de-DE",
        };
        Exception? failure = null;
        await factory.Services.GetRequiredService<PartnerBotAdapter>().ContinueConversationAsync(appId, reference, async (turn, _) =>
        {
            try
            {
                await send(turn);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, Cancel);
        if (failure is not null)
        {
            throw failure;
        }
    }
}
