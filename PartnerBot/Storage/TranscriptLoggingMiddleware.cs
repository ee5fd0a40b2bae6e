using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PartnerBot.Privacy;

namespace PartnerBot.Storage;

/// <summary>Writes every turn's incoming and outgoing activities to the <see cref="ITranscriptStore"/>, as the SDK's
/// <see cref="TranscriptLoggerMiddleware"/> does, but with the turn's activities kept per turn so one instance can serve concurrent turns.</summary>
/// <remarks>A turn is written only when <see cref="TranscriptConsent"/> was granted in it. The SDK's middleware keeps one queue per instance, fills it under a lock and drains it without one: as the adapter-wide
/// singleton, simultaneous turns race on that queue and one turn may write another's activities. Here each turn keeps its own list;
/// the incoming activity is written even when the bot fails; a failing store is logged (without content) instead of failing the turn.
/// In a batched turn (<see cref="TurnWriteBatch"/>) the activities are written with the turn's other writes, in its one transaction;
/// when that turn fails its replies were never sent, so only what the customer said is written, on its own.</remarks>
public sealed class TranscriptLoggingMiddleware(ITranscriptLogger transcripts, TimeProvider timeProvider, ILogger<TranscriptLoggingMiddleware> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var turn = new List<IActivity>();
        var transcript = new TurnTranscript(turnContext, turn);
        TurnWriteBatch.Enlist(turnContext, transcript);
        if (turnContext.Activity is { } incoming)
        {
            var copy = ActivitySnapshot.Of(incoming);
            if (copy.From is { } from && string.IsNullOrEmpty(from.Role) && string.IsNullOrEmpty(from.Properties?["role"]?.ToString()))
            {
                from.Role = RoleTypes.User;
            }

            Add(turn, copy);
        }

        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            var responses = await nextSend();
            foreach (var activity in activities)
            {
                var reply = ActivitySnapshot.Of(activity);
                // Channels such as /api/messages leave the role of the bot's own replies empty; the transcript says who spoke.
                if (reply.From is { } from && string.IsNullOrEmpty(from.Role))
                {
                    from.Role = RoleTypes.Bot;
                }

                Add(turn, reply);
            }

            return responses;
        });
        turnContext.OnUpdateActivity(async (_, activity, nextUpdate) =>
        {
            var response = await nextUpdate();
            var update = ActivitySnapshot.Of(activity);
            update.Type = ActivityTypes.MessageUpdate;
            Add(turn, update);
            return response;
        });
        turnContext.OnDeleteActivity(async (_, reference, nextDelete) =>
        {
            await nextDelete();
            Add(turn, new Activity { Type = ActivityTypes.MessageDelete, Id = reference.ActivityId }.ApplyConversationReference(reference, isIncoming: false));
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // Nothing a customer says is kept before they consent, nor after they asked for erasure.
            if (TranscriptConsent.IsGranted(turnContext))
            {
                await FlushAsync(transcript.Unwritten(), CancellationToken.None);
            }
        }
    }

    private void Add(List<IActivity> turn, Activity activity)
    {
        activity.Timestamp ??= timeProvider.GetUtcNow();
        lock (turn)
        {
            turn.Add(activity);
        }
    }

    private async Task FlushAsync(IActivity[] activities, CancellationToken cancellationToken)
    {
        if (activities.Length == 0)
        {
            return;
        }

        if (transcripts is ITranscriptBatchLogger batch)
        {
            // One transaction for the whole turn: the single SQLite writer is the bot's narrowest point.
            try
            {
                await batch.LogActivitiesAsync(activities, cancellationToken);
            }
            catch (Exception exception)
            {
                logger.LogError("Transcript of a turn not written ({Count} activities in channel {ChannelId}): {ExceptionType}: {Message}",
                    activities.Length, activities.FirstOrDefault()?.ChannelId, exception.GetType().FullName, exception.Message);
            }

            return;
        }

        foreach (var activity in activities)
        {
            try
            {
                await transcripts.LogActivityAsync(activity);
            }
            catch (Exception exception)
            {
                logger.LogError("Transcript entry not written ({ActivityType} in channel {ChannelId}): {ExceptionType}: {Message}",
                    activity.Type, activity.ChannelId, exception.GetType().FullName, exception.Message);
            }
        }
    }

    /// <summary>The activities of one turn, as a participant of the turn's batch.</summary>
    private sealed class TurnTranscript(ITurnContext turnContext, List<IActivity> activities) : ITurnWriteParticipant
    {
        private int _contributed;
        private int _written;

        public void Contribute(TurnWrites writes)
        {
            if (!TranscriptConsent.IsGranted(turnContext))
            {
                return;
            }

            lock (activities)
            {
                writes.Transcript.AddRange(activities.Skip(_written));
                _contributed = activities.Count;
            }
        }

        public void Committed()
        {
            lock (activities)
            {
                _written = Math.Max(_written, _contributed);
            }
        }

        /// <summary>What is left to write on its own: after a failed batched turn only the incoming activity (its replies were dropped).</summary>
        public IActivity[] Unwritten()
        {
            lock (activities)
            {
                var failedBatch = TurnWriteBatch.Of(turnContext) is { IsCommitted: false };
                return failedBatch
                    ? [.. activities.Take(_written == 0 && turnContext.Activity is not null ? 1 : 0)]
                    : [.. activities.Skip(_written)];
            }
        }
    }
}
