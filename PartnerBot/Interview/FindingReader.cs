using System.Globalization;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>Turns what was understood in a message into findings: one per slot value the message gives.</summary>
public static class FindingReader
{
    private const int MaxFreeTextLength = 1_000;

    /// <summary>The findings of one message; <paramref name="expectedSlot"/> lets a bare free-text answer count for the slot just asked.</summary>
    /// <param name="known">The values so far: a wish phrase ("ich möchte …") in the answer to another question is not taken as a new wish.</param>
    public static List<Finding> Read(Understood understood, string message, string? expectedSlot, CollectedValues known, Wording wording)
    {
        var findings = new List<Finding>();
        if (understood.Name is { } name)
        {
            findings.Add(new(SlotNames.Name, name.Text, name.Name, v => v.Name = name.Name));
        }

        // A correction of another slot is not also a free-text answer to the question asked.
        var freeTextSlot = understood.CorrectedSlot ?? expectedSlot;
        var wish = known.Wish is null || freeTextSlot == SlotNames.Wish ? understood.Wish?.Value : null;
        if (wish is null && freeTextSlot == SlotNames.Wish)
        {
            wish = FreeText(understood.Remainder, wording);
        }

        if (wish is not null)
        {
            findings.Add(new(SlotNames.Wish, understood.Wish?.Text ?? message, wish, v => v.Wish = wish));
        }

        if (freeTextSlot == SlotNames.Vision)
        {
            var vision = understood.CorrectedSlot == SlotNames.Vision ? FreeText(understood.Remainder, wording) : FreeText(message, wording);
            if (vision is not null)
            {
                findings.Add(new(SlotNames.Vision, message, vision, v => v.Vision = vision));
            }
        }

        if (understood.Timeframe is { } date)
        {
            var value = new TimeframeValue(date.Text, date.Date, date.Timex);
            findings.Add(new(SlotNames.Timeframe, date.Text, date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v => v.Timeframe = value));
        }

        if (understood.Budget is { } money)
        {
            var value = new BudgetValue(money.Text, money.Amount, money.Currency);
            findings.Add(new(SlotNames.Budget, money.Text, string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency}"), v => v.Budget = value));
        }

        if (understood.Email is { } email)
        {
            findings.Add(new(SlotNames.Email, email.Text, email.Address, v => v.Email = email.Address));
        }

        if (understood.Phone is { } phone)
        {
            findings.Add(new(SlotNames.Phone, phone.Text, phone.E164, v => v.Phone = phone.E164));
        }

        return findings;
    }

    /// <summary>The interview slot a finding fills: e-mail and phone both fill the contact slot.</summary>
    public static string InterviewSlot(string findingSlot) =>
        findingSlot is SlotNames.Email or SlotNames.Phone ? SlotNames.Contact : findingSlot;

    /// <summary>The text as a free-text answer, or null when it says nothing ("weiß nicht", only punctuation).</summary>
    public static string? FreeText(string? text, Wording wording)
    {
        var trimmed = text?.Trim().Trim('.', '!', '?', ',', ';', ':', '-', ' ');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Count(char.IsLetter) < 2)
        {
            return null;
        }

        var lower = trimmed.ToLowerInvariant();
        if (wording.DontKnow.Any(phrase => lower == phrase || (lower.Contains(phrase, StringComparison.Ordinal) && lower.Length <= phrase.Length + 12)))
        {
            return null;
        }

        return trimmed.Length > MaxFreeTextLength ? trimmed[..MaxFreeTextLength] : trimmed;
    }
}
