using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>The summary was shown: "ja" completes the wish, a new value corrects it and shows the summary again.</summary>
internal sealed class SummaryPhase(InterviewFlow flow, IOptions<BotOptions> options) : IPhase
{
    /// <inheritdoc/>
    public InterviewPhase Phase => InterviewPhase.Confirming;

    /// <inheritdoc/>
    public Task HandleAsync(InterviewTurn turn, string text, Understood understood, CancellationToken cancellationToken)
    {
        if (flow.Correct(turn, understood, text))
        {
            flow.ShowSummary(turn, ask: true);
            return Task.CompletedTask;
        }

        switch (understood.YesNo)
        {
            case YesNo.Yes:
                turn.State.Phase = InterviewPhase.Completed;
                turn.State.CurrentSlot = null;
                turn.ProfileChanged = true;
                var name = turn.State.Values.Text(SlotNames.Name) ?? "";
                turn.Say(Wording.Fill(turn.Wording.Completed, ("name", CustomerText.Markdown(name)), ("business", options.Value.BusinessName)).Replace(", !", "!", StringComparison.Ordinal));
                break;
            case YesNo.No:
                turn.Say(turn.Wording.SummaryWhatToChange);
                break;
            default:
                Prompt(turn);
                break;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Prompt(InterviewTurn turn)
    {
        turn.Say(turn.Wording.SummaryRetry);
        turn.Offer(turn.Wording.ChoicesFor(Wording.ConfirmChoice));
    }
}
