using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PartnerBot.Bots;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Sends the owner's message into the customer's conversation as a proactive message from the bot.</summary>
public sealed class CustomerReply(PartnerBotAdapter adapter, IOptions<MicrosoftAppOptions> app, ILogger<CustomerReply> logger)
{
    /// <summary>Sends <paramref name="text"/>; false when the profile has no conversation to continue or the channel refused it.</summary>
    public async Task<bool> SendAsync(PartnerProfile profile, string text, CancellationToken cancellationToken)
    {
        var reference = string.IsNullOrWhiteSpace(profile.ConversationReference)
            ? null
            : JsonConvert.DeserializeObject<ConversationReference>(profile.ConversationReference);
        if (reference?.Conversation?.Id is null || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return false;
        }

        Exception? failure = null;
        await adapter.ContinueConversationAsync(
            app.Value.MicrosoftAppId ?? "",
            reference,
            async (turn, ct) =>
            {
                // A new message in the conversation, not a reply to the synthetic event that started this turn.
                turn.OnSendActivities(async (_, activities, next) =>
                {
                    activities.ForEach(a => a.ReplyToId = null);
                    return await next();
                });
                try
                {
                    await turn.SendActivityAsync(MessageFactory.Text(text), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Caught here so the adapter's error handler does not send the customer an apology for the owner's failed message.
                    failure = ex;
                }
            },
            cancellationToken);
        if (failure is not null)
        {
            logger.LogWarning("Owner reply to profile {ProfileId} failed: {Error}", profile.Id, failure.GetType().Name);
            return false;
        }

        logger.LogInformation("Owner reply sent to profile {ProfileId} on {ChannelId}.", profile.Id, reference.ChannelId);
        return true;
    }
}
