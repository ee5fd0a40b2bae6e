using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>What the customer can say at any time: help, cancel, restart, back, skip, summary, my data, delete my data.</summary>
public sealed class InterviewCommands(IProfileStore profiles, ICustomerDataEraser eraser)
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

    private async Task ShowMyDataAsync(InterviewEngine engine, InterviewTurn turn, CancellationToken cancellationToken)
    {
        var profile = turn.State.ProfileId is { } id && turn.State.HasConsent ? await profiles.GetAsync(id, cancellationToken) : null;
        if (profile is null)
        {
            turn.Say(turn.Wording.MyDataNone);
            engine.RepeatPrompt(turn);
            return;
        }

        var text = turn.Wording.MyDataIntro + "\n\n" + SummaryWriter.Lines(CollectedValues.From(profile), turn.Wording, turn.Culture);
        if (profile.ConsentAt is { } consentAt)
        {
            text += "\n\n" + Wording.Fill(turn.Wording.MyDataConsent, ("date", consentAt.ToString(turn.Wording.DateFormat, turn.Culture)));
        }

        turn.SayApart(text);
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
