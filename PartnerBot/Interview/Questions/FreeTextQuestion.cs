using System.Text.Json.Nodes;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Questions;

/// <summary>A question answered in the customer's own words (the wish, the vision, "how did you hear of us").</summary>
public sealed class FreeTextQuestion(string name, bool required) : Question(name, required)
{
    private const int MaxLength = 1_000;
    private const int MaxWordsBesideOtherValues = 2;
    private const int MaxWordsOfOnlyYes = 4;

    private static readonly YesNoRecognizer YesNo = new();

    /// <summary>What understanding recognises as this answer in any message ("ich brauche eine neue Website"), or null when only the
    /// answer to the question on screen counts.</summary>
    public Func<Understood, TextMatch?>? Volunteered { get; init; }

    /// <summary>True when the answer on screen is the whole message (the vision); false when it is what is left after the recognised values
    /// and filler words (the wish, where "ja, eine Website, bis März" leaves the date to the timeframe).</summary>
    public bool WholeMessage { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        var understood = reading.Understood;
        var mine = reading.FreeTextQuestion == Name;
        var volunteered = Volunteered?.Invoke(understood);
        // A stated wish phrase in the answer to another question is not taken as a new value once there is one.
        var value = volunteered is not null && (mine || !reading.Known.Has(Name)) ? volunteered.Value : null;
        if (value is null && mine && !(WholeMessage && OnlyOtherValues(understood)) && !OnlyYes(reading.Message, reading.Wording)
            && !OnlyGoingOn(reading.Message, reading.Wording))
        {
            value = understood.CorrectedSlot == Name || !WholeMessage
                ? Text(understood.Remainder, reading.Wording)
                : Text(reading.Message, reading.Wording);
        }

        if (value is not null)
        {
            yield return Found(Name, volunteered?.Text ?? reading.Message, value, JsonValue.Create(value));
        }
    }

    /// <summary>A message that is another question's value and hardly more ("um die 20.000 €", "anna@example.com" to the vision):
    /// it answers that question, not this one.</summary>
    private static bool OnlyOtherValues(Understood understood) =>
        (understood.Email is not null || understood.Phone is not null || understood.Budget is not null)
        && MessageWords.Of(understood.Remainder).Length <= MaxWordsBesideOtherValues;

    /// <summary>"yes perfect", "ja genau": a yes to nothing asked says nothing about the wish or the vision.</summary>
    private static bool OnlyYes(string text, Wording wording)
    {
        var words = MessageWords.Of(text);
        return words.Length is > 0 and <= MaxWordsOfOnlyYes
            && words.All(w => YesNo.Recognize(w) == Understanding.YesNo.Yes || wording.Confirmations.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"nein, schon gut, machen wir hier weiter", "no worries, carry on": going on, with a yes or no to what the bot said
    /// before, says nothing about the wish or the vision either.</summary>
    private static bool OnlyGoingOn(string text, Wording wording)
    {
        var joined = " " + string.Join(' ', MessageWords.Of(text)).ToLowerInvariant() + " ";
        var found = false;
        foreach (var phrase in wording.GoingOn.OrderByDescending(p => p.Length))
        {
            var at = joined.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                joined = joined.Remove(at, phrase.Length + 1);
                found = true;
            }
        }

        return found && MessageWords.Of(joined).All(w => YesNo.Recognize(w) != Understanding.YesNo.None || wording.LeadFillers.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The text as a free-text answer, or null when it says nothing ("weiß nicht", only punctuation).</summary>
    public static string? Text(string? text, Wording wording)
    {
        var trimmed = text?.Trim().Trim('.', '!', '?', ',', ';', ':', '-', ' ');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Count(char.IsLetter) < 2)
        {
            return null;
        }

        if (SaysDontKnow(trimmed, wording))
        {
            return null;
        }

        return trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed;
    }

    /// <summary>True when the text is little more than "weiß nicht", "no idea" (<see cref="Wording.DontKnow"/>).</summary>
    public static bool SaysDontKnow(string text, Wording wording)
    {
        var lower = text.Trim().Trim('.', '!', '?', ',', ';', ':', '-', ' ').ToLowerInvariant();
        return lower.Length > 0 && wording.DontKnow.Any(phrase => lower == phrase || (lower.Contains(phrase, StringComparison.Ordinal) && lower.Length <= phrase.Length + 12));
    }
}
