using System.Text.Json.Nodes;

namespace PartnerBot.Interview.Questions;

/// <summary>The customer's name, from "Anna Schmidt" to the name question or "ich bin Anna" anywhere.</summary>
public sealed class NameQuestion(string name, bool required) : Question(name, required)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        if (reading.Understood.Name is { } match)
        {
            yield return Found(Name, match.Text, match.Name, JsonValue.Create(match.Name));
        }
    }
}
