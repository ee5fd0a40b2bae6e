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

        try
        {
            await adapter.ContinueConversationAsync(
                app.Value.MicrosoftAppId ?? "",
                reference,
                (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct),
                cancellationToken);
            logger.LogInformation("Owner reply sent to profile {ProfileId} on {ChannelId}.", profile.Id, reference.ChannelId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Owner reply to profile {ProfileId} failed: {Error}", profile.Id, ex.GetType().Name);
            return false;
        }
    }
}
