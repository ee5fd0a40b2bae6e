using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>What the customer can say at any time: help, cancel, restart, back, skip, summary, my data, delete my data.</summary>
public sealed class InterviewCommands(IProfileStore profiles, ICustomerDataEraser eraser, IEnumerable<ICustomerDataDisclosure> disclosures, IOptions<BotOptions> options)
{
    internal async Task RunAsync(InterviewEngine engine, InterviewTurn turn, CommandMatch command, CancellationToken cancellationToken)
    {
        var wording = turn.Wording;
        var state = turn.State;
        switch (command.Command)
        {
            case Command.Help:
                turn.Say(wording.Help);
                engine.RepeatPrompt(turn);
                break;
            case Command.Cancel when state.HasConsent && state.Phase is InterviewPhase.Asking or InterviewPhase.Confirming or InterviewPhase.AwaitingResumeChoice:
                state.Phase = InterviewPhase.Cancelled;
                state.CurrentSlot = null;
                turn.ProfileChanged = state.ProfileId is not null;
                turn.Say(wording.Cancelled);
                break;
            case Command.Cancel:
                engine.RepeatPrompt(turn);
                break;
            case Command.Restart:
                Restart(engine, turn);
                break;
            case Command.Back:
                Back(engine, turn);
                break;
            case Command.Skip when state.Phase == InterviewPhase.Asking && state.CurrentSlot is { } slot:
                state.Skipped.Add(slot);
                turn.Say(wording.SkippedByCustomer);
                InterviewEngine.AskNext(turn);
                break;
            case Command.Skip:
                engine.RepeatPrompt(turn);
                break;
            case Command.Summary when state.HasConsent || state.Phase is InterviewPhase.Asking or InterviewPhase.Confirming:
                InterviewEngine.ShowSummary(turn, ask: state.Phase == InterviewPhase.Confirming);
                if (state.Phase != InterviewPhase.Confirming)
                {
                    engine.RepeatPrompt(turn);
                }

                break;
            case Command.Summary:
                engine.RepeatPrompt(turn);
                break;
            case Command.MyData:
                await ShowMyDataAsync(engine, turn, cancellationToken);
                break;
            case Command.DeleteData:
                await DeleteAsync(engine, turn, cancellationToken);
                break;
        }
    }

    private static void Restart(InterviewEngine engine, InterviewTurn turn)
    {
        var state = turn.State;
        if (!state.HasConsent)
        {
            engine.RepeatPrompt(turn);
            return;
        }

        if (state.Phase is InterviewPhase.Completed)
        {
            // A finished wish stays as it is; the new one gets a profile of its own.
            state.ProfileId = Guid.NewGuid().ToString("N");
            state.CreatedAt = turn.Now;
        }

        state.Values = new CollectedValues();
        state.Asked.Clear();
        state.Skipped.Clear();
        turn.ProfileChanged = true;
        turn.Say(turn.Wording.Restarted);
        InterviewEngine.AskNext(turn);
    }

    private static void Back(InterviewEngine engine, InterviewTurn turn)
    {
        var state = turn.State;
        var current = state.Phase == InterviewPhase.Confirming ? null : state.CurrentSlot;
        var asked = state.Asked.Where(s => s != current).ToList();
        if (state.Phase is not (InterviewPhase.Asking or InterviewPhase.Confirming) || asked.Count == 0)
        {
            turn.Say(turn.Wording.NothingToGoBackTo);
            engine.RepeatPrompt(turn);
            return;
        }

        var previous = asked[^1];
        state.Skipped.Remove(previous);
        if (current is not null)
        {
            state.Asked.Remove(current);
        }

        InterviewEngine.Ask(turn, previous);
    }

    /// <summary>Everything stored about the customer, consented in this conversation or not: a customer is their channel identity, so every
    /// wish they ever gave on this channel is shown, with what the business noted about it.</summary>
    private async Task ShowMyDataAsync(InterviewEngine engine, InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var found = new List<(PartnerProfile, IReadOnlyList<DisclosedItem>)>();
        foreach (var id in await profiles.FindIdsByCustomerAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", cancellationToken))
        {
            if (await profiles.GetAsync(id, cancellationToken) is { } profile)
            {
                var items = new List<DisclosedItem>();
                foreach (var disclosure in disclosures)
                {
                    items.AddRange(await disclosure.DiscloseAsync(id, cancellationToken));
                }

                found.Add((profile, [.. items.OrderBy(i => i.At)]));
            }
        }

        // The answer quotes stored data: it is not kept in the dialog state for a re-delivery.
        turn.KeepReplies = false;
        if (found.Count == 0)
        {
            turn.Say(turn.Wording.MyDataNone);
            engine.RepeatPrompt(turn);
            return;
        }

        turn.SayApart(MyDataWriter.Write(found, turn.Wording, turn.Culture, options.Value.BusinessName));
        engine.RepeatPrompt(turn);
    }

    private async Task DeleteAsync(InterviewEngine engine, InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var partner = await engine.PeekPartnerAsync(turn, cancellationToken);
        var conversations = new HashSet<string>(partner?.ConversationIds ?? [], StringComparer.Ordinal) { activity.Conversation?.Id ?? "" };
        await eraser.EraseCustomerAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", conversations, cancellationToken);
        await engine.ForgetStateAsync(turn, cancellationToken);
        turn.Say(turn.Wording.Deleted);
    }
}
