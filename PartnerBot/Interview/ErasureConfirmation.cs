using PartnerBot.Interview.Phases;
using PartnerBot.Privacy;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>"Daten löschen" asks "Sind Sie sicher?" once, with buttons; only a yes right after it erases everything, anything else keeps it all.</summary>
internal sealed class ErasureConfirmation(ICustomerDataEraser eraser, InterviewStates states, PhaseRouter phases)
{
    /// <summary>Asks whether to erase everything.</summary>
    public static void Ask(InterviewTurn turn)
    {
        turn.State.EraseAsked = true;
        turn.Say(turn.Wording.DeleteQuestion);
        turn.Offer(turn.Wording.ChoicesFor(Wording.DeleteChoice));
    }

    /// <summary>The answer to the question: yes erases, anything else keeps everything and goes on where the customer was.</summary>
    public async Task AnswerAsync(InterviewTurn turn, Understood understood, CancellationToken cancellationToken)
    {
        if (understood.YesNo == YesNo.Yes)
        {
            await EraseAsync(turn, cancellationToken);
            return;
        }

        turn.Say(turn.Wording.DeleteKept);
        phases.RepeatPrompt(turn);
    }

    /// <summary>Erases everything of the customer's, everywhere, and forgets the conversation's state.</summary>
    public async Task EraseAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var partner = await states.PeekPartnerAsync(turn, cancellationToken);
        var conversations = new HashSet<string>(partner?.ConversationIds ?? [], StringComparer.Ordinal) { activity.Conversation?.Id ?? "" };
        await eraser.EraseCustomerAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", conversations, cancellationToken);
        await states.ForgetAsync(turn, cancellationToken);
        turn.Say(turn.Wording.Deleted);
    }
}
