using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PartnerBot.Languages;

namespace PartnerBot.Interview.Listening;

/// <summary>Answers a customer's question from what the owner configured (<c>Bot:Facts</c>): the answer whose words the question
/// holds most of, in the customer's language; none when no answer fits (then the bot passes the question on honestly).</summary>
public sealed class BusinessFacts
{
    private readonly Dictionary<string, List<(Regex[] Words, string Answer)>> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public BusinessFacts(IOptions<BusinessFactsOptions> options, LanguageRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        registry ??= LanguageRegistry.Shared;
        foreach (var (code, facts) in options.Value.Facts)
        {
            var language = registry.Find(code)
                ?? throw new OptionsValidationException("Bot:Facts", typeof(BusinessFactsOptions), [$"Bot:Facts:{code}: the bot does not speak \"{code}\" (it speaks {registry.Codes})."]);
            var topics = registry.ReadMerged<FactTopics>(language, "facts").Topics;
            var answers = new List<(Regex[] Words, string Answer)>();
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                var words = new List<string>(fact.Keywords);
                if (fact.Topic is { Length: > 0 } topic)
                {
                    words.AddRange(topics.TryGetValue(topic, out var topicWords)
                        ? topicWords
                        : throw new OptionsValidationException("Bot:Facts", typeof(BusinessFactsOptions), [$"Bot:Facts:{code}:{i}:Topic: \"{topic}\" is none of {string.Join(", ", topics.Keys)}."]));
                }

                if (string.IsNullOrWhiteSpace(fact.Answer) || words.All(string.IsNullOrWhiteSpace))
                {
                    throw new OptionsValidationException("Bot:Facts", typeof(BusinessFactsOptions), [$"Bot:Facts:{code}:{i} needs an Answer and a Topic or Keywords."]);
                }

                answers.Add(([.. words.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.OrdinalIgnoreCase).Select(Word)], fact.Answer.Trim()));
            }

            _byLanguage[language.Code] = answers;
        }
    }

    /// <summary>The owner's answer to <paramref name="question"/> in the language of <paramref name="locale"/>, or null.</summary>
    public string? Answer(string question, string locale)
    {
        if (string.IsNullOrWhiteSpace(question) || !_byLanguage.TryGetValue(LanguageRegistry.Shared.Resolve(locale).Language.Code, out var answers))
        {
            return null;
        }

        // The answer with the most of its words in the question wins; of equals, the one the owner listed first.
        var best = answers.Select(a => (a.Answer, Hits: a.Words.Count(w => w.IsMatch(question)))).Where(a => a.Hits > 0).OrderByDescending(a => a.Hits).FirstOrDefault();
        return best.Answer;
    }

    /// <summary>A word at the start of a word, any ending ("preis" finds "Preise"); a space stands for any white space.</summary>
    private static Regex Word(string word) =>
        new(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", word.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
