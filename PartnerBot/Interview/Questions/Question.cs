using System.Globalization;
using System.Text.Json.Nodes;
using PartnerBot.Profiles;

namespace PartnerBot.Interview.Questions;

/// <summary>One question of the interview, defined once: its fields, how its value is read from a message, how it is shown,
/// exported and searched, and where its wording comes from. Everything that lists questions loops over the <see cref="Questionnaire"/>.</summary>
/// <param name="name">The question's name: its wording key (<c>questions.{name}</c>, <c>retries.{name}</c>) and, for one-field questions, its field.</param>
/// <param name="required">A required question keeps asking (with a hint that "überspringen" works); an optional one is skipped politely after <see cref="MaxMisses"/> misses.</param>
public abstract class Question(string name, bool required)
{
    /// <summary>Answers that do not fit before an optional question is skipped.</summary>
    public const int MaxMisses = 2;

    /// <summary>The question's name (a <see cref="Understanding.SlotNames"/> value for the built-in ones).</summary>
    public string Name { get; } = name;

    /// <summary>Whether the interview insists on an answer.</summary>
    public bool Required { get; } = required;

    /// <summary>The profile fields the question fills, in the order they are shown; most questions have one, named like the question.</summary>
    public virtual IReadOnlyList<string> Fields => [Name];

    /// <summary>The fields the summary shows, each on its own line; a question can show several fields on one line (the name with salutation and title).</summary>
    public virtual IReadOnlyList<string> SummaryFields => Fields;

    /// <summary>Whether the owner's inbox shows the question as a column.</summary>
    public bool InInbox { get; init; }

    /// <summary>Wording the question brings itself, per language ("de", "en"); the language's wording file takes precedence.</summary>
    public IReadOnlyDictionary<string, QuestionWording> OwnWording { get; init; } = new Dictionary<string, QuestionWording>();

    /// <summary>True when any of the question's fields has a value.</summary>
    public bool IsAnswered(ProfileAnswers answers) => Fields.Any(answers.Has);

    /// <summary>The values for this question that a message gives.</summary>
    public abstract IEnumerable<Finding> Read(MessageReading reading);

    /// <summary>A field's value as customers read it (summary, "meine Daten"); null when not given.</summary>
    public virtual string? Show(ProfileAnswers answers, string field, CultureInfo culture, string dateFormat) => answers.Text(field);

    /// <summary>A field's value as the owner reads it on the dashboard; null when not given.</summary>
    public virtual string? ShowToOwner(ProfileAnswers answers, string field, CultureInfo culture) => answers.Text(field);

    /// <summary>What a field's value is compared by to tell a correction from a repetition: the date, the amount, the text.</summary>
    public virtual string? Key(ProfileAnswers answers, string field) => answers[field]?.ToJsonString();

    /// <summary>The customer's own words for a field, when the stored value is not already them (a date, an amount).</summary>
    public virtual string? Words(ProfileAnswers answers, string field) => null;

    /// <summary>The CSV columns the question adds, named as in the JSON API.</summary>
    public virtual IReadOnlyList<string> CsvColumns => Fields;

    /// <summary>The question's CSV cells, in the order of <see cref="CsvColumns"/>; <paramref name="numbers"/> formats amounts.</summary>
    public virtual IEnumerable<string?> CsvCells(ProfileAnswers answers, CultureInfo numbers) => Fields.Select(answers.Text);

    /// <summary>The question as the bot asks it.</summary>
    public string Ask(Wording wording) =>
        wording.Questions.GetValueOrDefault(Name) ?? OwnWordingFor(wording)?.Ask ?? Name;

    /// <summary>The second try, with an example.</summary>
    public string Retry(Wording wording) =>
        wording.Retries.GetValueOrDefault(Name) ?? OwnWordingFor(wording)?.Retry ?? wording.Help;

    /// <summary>The question in other words, for a customer who asks what it means (the second try when the wording has none).</summary>
    public string Explain(Wording wording) =>
        wording.Explanations.GetValueOrDefault(Name) ?? Retry(wording);

    /// <summary>A field's label, as in the summary.</summary>
    public string Label(Wording wording, string field) =>
        wording.Labels.GetValueOrDefault(field) ?? OwnWordingFor(wording)?.Label ?? field;

    /// <summary>The question's own wording in the language of <paramref name="culture"/>, or in any language it has.</summary>
    public QuestionWording? OwnWordingFor(string culture) =>
        OwnWording.GetValueOrDefault(culture.Split('-')[0]) ?? OwnWording.Values.FirstOrDefault();

    private QuestionWording? OwnWordingFor(Wording wording) => OwnWording.Count == 0 ? null : OwnWordingFor(wording.Culture);

    /// <summary>A finding for one of this question's fields.</summary>
    protected Finding Found(string field, string text, string value, JsonNode answer) => new(Name, field, text, value, answer);
}
