using System.Globalization;
using System.Text.Json.Nodes;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Questions;

/// <summary>The customer's name, from "Anna Schmidt" to the name question or "ich bin Anna" anywhere; salutation and title in their own fields.</summary>
public sealed class NameQuestion(string name, bool required) : Question(name, required)
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> Fields => [SlotNames.Salutation, SlotNames.Title, Name];

    /// <summary>One summary line: "Frau Dr. Anna Brandt" rather than three lines of which two are mostly empty.</summary>
    public override IReadOnlyList<string> SummaryFields => [Name];

    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        if (reading.Understood.Name is { } match)
        {
            yield return Found(Name, match.Text, match.Name, JsonValue.Create(match.Name));
            if (match.Salutation is { } salutation)
            {
                yield return Found(SlotNames.Salutation, match.Text, salutation, JsonValue.Create(salutation));
            }

            if (match.Title is { } title)
            {
                yield return Found(SlotNames.Title, match.Text, title, JsonValue.Create(title));
            }
        }
    }

    /// <inheritdoc/>
    public override string? Show(ProfileAnswers answers, string field, CultureInfo culture, string dateFormat)
    {
        if (field != Name || answers.Text(Name) is not { } name)
        {
            return answers.Text(field);
        }

        return string.Join(' ', new[] { answers.Text(SlotNames.Salutation), answers.Text(SlotNames.Title), name }.Where(p => !string.IsNullOrEmpty(p)));
    }
}
