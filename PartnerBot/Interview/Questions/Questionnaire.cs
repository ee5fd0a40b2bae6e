namespace PartnerBot.Interview.Questions;

/// <summary>The interview's questions in the order they are asked: every question registered as a <see cref="Question"/> service.</summary>
/// <remarks>The built-in ones come from <see cref="InterviewQuestions"/>; a business (or a test) adds one by registering another.</remarks>
public sealed class Questionnaire
{
    private readonly Dictionary<string, Question> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Question> _byName = new(StringComparer.Ordinal);

    public Questionnaire(IEnumerable<Question> questions)
    {
        All = [.. questions];
        foreach (var question in All)
        {
            if (!_byName.TryAdd(question.Name, question))
            {
                throw new InvalidOperationException($"The interview has two questions named '{question.Name}'.");
            }

            foreach (var field in question.Fields)
            {
                if (!_byField.TryAdd(field, question))
                {
                    throw new InvalidOperationException($"The field '{field}' belongs to two questions.");
                }
            }
        }
    }

    /// <summary>The questions, in order.</summary>
    public IReadOnlyList<Question> All { get; }

    /// <summary>Every field of every question, in order.</summary>
    public IEnumerable<string> Fields => All.SelectMany(q => q.Fields);

    /// <summary>The question of this name, or null.</summary>
    public Question? Find(string? name) => name is null ? null : _byName.GetValueOrDefault(name);

    /// <summary>The question a field belongs to, or null.</summary>
    public Question? OfField(string field) => _byField.GetValueOrDefault(field);

    /// <summary>Every value the message gives, question by question in the interview's order.</summary>
    public List<Finding> Read(MessageReading reading) => [.. All.SelectMany(q => q.Read(reading))];

    /// <summary>A field's label in <paramref name="wording"/>.</summary>
    public string Label(Wording wording, string field) => OfField(field)?.Label(wording, field) ?? wording.Label(field);

    /// <summary>Labels joined as a sentence: "Name, Wunsch und E-Mail".</summary>
    public string JoinLabels(Wording wording, IEnumerable<string> fields) => wording.Join(fields.Select(f => Label(wording, f)));
}
