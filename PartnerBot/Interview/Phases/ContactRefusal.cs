using System.Text.Json.Nodes;
using PartnerBot.Bots;
using PartnerBot.Interview.Questions;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Phases;

/// <summary>"Ich möchte keine Kontaktdaten angeben": the bot says why a way to reach them helps, names the business's own contact,
/// flags the profile (<see cref="ContactQuestion.WithheldField"/>) and never asks for it again.</summary>
internal static class ContactRefusal
{
    /// <summary>True when the message, given to the contact question, refuses any contact and gives none.</summary>
    public static bool Refuses(Wording wording, string text, Understood understood)
    {
        if (understood.Email is not null || understood.Phone is not null)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return wording.ContactRefusals.Any(p => lower.Contains(p, StringComparison.Ordinal))
            || (understood.YesNo == YesNo.No && MessageWords.Of(text).Length <= 4);
    }

    /// <summary>Accepts the refusal and goes on with the interview.</summary>
    public static void Accept(InterviewTurn turn, InterviewFlow flow, BotOptions options)
    {
        var words = turn.Context.Activity.Text?.Trim() ?? "";
        flow.Apply(turn, [new Finding(SlotNames.Contact, ContactQuestion.WithheldField, words, "true", JsonValue.Create(true))]);
        turn.Say(Wording.Fill(turn.Wording.ContactRefused, ("business", options.BusinessName), ("contact", options.BusinessContact)));
        flow.AskNext(turn);
    }
}
