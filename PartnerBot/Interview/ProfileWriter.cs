using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using PartnerBot.Profiles;
using PartnerBot.Storage;

namespace PartnerBot.Interview;

/// <summary>Writes a turn's answers to the customer's partner profile: fields and new entries in one save, after consent only;
/// in a batched turn the save goes into the turn's <see cref="TurnWriteBatch"/>.</summary>
public sealed class ProfileWriter(IProfileStore store)
{
    /// <summary>How many of a customer's conversations their user state remembers for erasure (transcripts of older ones expire by retention).</summary>
    private const int MaxRememberedConversations = 100;

    /// <summary>A stored profile, or null.</summary>
    public Task<PartnerProfile?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    internal async Task SaveAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (!turn.ProfileChanged || !state.HasConsent || state.ProfileId is null)
        {
            return;
        }

        var activity = turn.Context.Activity;
        var profile = new PartnerProfile
        {
            Id = state.ProfileId,
            UserId = activity.From?.Id ?? "",
            ChannelId = activity.ChannelId ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            Locale = turn.Locale,
            Status = state.Phase switch
            {
                InterviewPhase.Completed => ProfileStatus.Completed,
                InterviewPhase.Cancelled => ProfileStatus.Cancelled,
                // A returning customer's question about their last wish is noted there without changing where it stands.
                InterviewPhase.Returned => state.ReturnedStatus ?? ProfileStatus.Completed,
                _ => ProfileStatus.InProgress,
            },
            ConsentAt = state.ConsentAt,
            ConsentVersion = state.ConsentVersion,
            ConversationReference = JsonConvert.SerializeObject(activity.GetConversationReference()),
            CreatedAt = state.CreatedAt ?? turn.Now,
            UpdatedAt = turn.Now,
        };
        profile.Answers = state.Values.Clone();
        profile.Requests = [.. state.Requests];
        if (TurnWriteBatch.Of(turn.Context) is { } batch)
        {
            // Written with the turn's state and transcript, in the turn's one transaction.
            batch.SaveProfile(profile, turn.NewEntries);
        }
        else
        {
            await store.SaveAsync(profile, turn.NewEntries, cancellationToken);
        }

        if (turn.Partner is { } partner)
        {
            partner.ProfileId = state.ProfileId;
            partner.Name = state.Values.Text(Understanding.SlotNames.Name) ?? partner.Name;
            partner.Locale = turn.Locale;
            if (!partner.ConversationIds.Contains(profile.ConversationId))
            {
                partner.ConversationIds.Add(profile.ConversationId);
                if (partner.ConversationIds.Count > MaxRememberedConversations)
                {
                    partner.ConversationIds.RemoveAt(0);
                }
            }
        }
    }
}
