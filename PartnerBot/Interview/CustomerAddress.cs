using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>How the bot names the customer in a sentence: "Frau Müller", "Herr Dr. von Hohenberg" with a salutation, the first name in
/// du, the whole name otherwise; nothing when a bare surname is all there is ("Müller" alone reads like an order).</summary>
public static class CustomerAddress
{
    /// <summary>The customer as addressed, or null when the answers give no way to address them.</summary>
    public static string? Of(ProfileAnswers answers, bool informal)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Text(SlotNames.Name) is not { Length: > 0 } name)
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (informal)
        {
            // A lone word after "Frau"/"Herr" is a surname, no first name to say du to.
            return words.Length > 1 || !answers.Has(SlotNames.Salutation) ? words[0] : null;
        }

        if (answers.Text(SlotNames.Salutation) is { Length: > 0 } salutation)
        {
            return string.Join(' ', new[] { salutation, answers.Text(SlotNames.Title), Surname(words) }.Where(p => !string.IsNullOrEmpty(p)));
        }

        if (answers.Text(SlotNames.Title) is { Length: > 0 } title)
        {
            return title + " " + Surname(words);
        }

        return words.Length > 1 ? name : null;
    }

    /// <summary>The surname with its particles ("von Hohenberg"): everything from the first lower-case particle, else the last word.</summary>
    private static string Surname(string[] words)
    {
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i].Length > 0 && char.IsLower(words[i][0]))
            {
                return string.Join(' ', words[i..]);
            }
        }

        return words[^1];
    }
}
