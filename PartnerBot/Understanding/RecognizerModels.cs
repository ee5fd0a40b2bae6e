using System.Collections.Concurrent;
using PartnerBot.Languages;
using PhoneNumbers;

namespace PartnerBot.Understanding;

/// <summary>The recognizer models per culture, each built once per process and shared by every request (the models are stateless).</summary>
/// <remarks>The models are static so that several hosts in one process (the HTTP tests) pay the cold start once.</remarks>
public sealed class RecognizerModels
{
    private static readonly ConcurrentDictionary<string, Lazy<CultureModels>> ByCulture = new(StringComparer.OrdinalIgnoreCase);
    private readonly LanguageRegistry _languages;

    /// <summary>The models of the languages in <paramref name="languages"/> (the built-in languages when null).</summary>
    public RecognizerModels(LanguageRegistry? languages = null)
    {
        _languages = languages ?? LanguageRegistry.Shared;
    }

    /// <summary>libphonenumber's shared instance.</summary>
    public PhoneNumberUtil Phone { get; } = PhoneNumberUtil.GetInstance();

    /// <summary>The models for <paramref name="locale"/>'s recognizer culture.</summary>
    public CultureModels For(LanguageLocale locale) => Of(locale.Culture);

    /// <summary>Builds every language's models and runs one parse per culture and model (a cold German date parse costs ~0.5 s, a warm one ~1 ms).</summary>
    public void Warm()
    {
        var reference = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);
        // Building a culture's models is mostly compiling their regular expressions: the cultures at once use every core.
        var warmups = _languages.Languages.Select(language => (Action)(() => Of(language.RecognizerCulture).Warm(reference, language.Warmup)));
        Parallel.Invoke([.. warmups, () =>
        {
            foreach (var match in Phone.FindNumbers("0171 2345678 oder +49 30 1234567", "DE"))
            {
                Phone.Format(match.Number, PhoneNumberFormat.E164);
            }
        }]);
    }

    private static CultureModels Of(string culture) =>
        ByCulture.GetOrAdd(culture, c => new Lazy<CultureModels>(() => new CultureModels(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
