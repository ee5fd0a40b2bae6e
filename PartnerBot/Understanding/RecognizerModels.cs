using PhoneNumbers;

namespace PartnerBot.Understanding;

/// <summary>The recognizer models per culture, each built once per process and shared by every request (the models are stateless).</summary>
/// <remarks>The models are static so that several hosts in one process (the HTTP tests) pay the cold start once.</remarks>
public sealed class RecognizerModels
{
    private static readonly Lazy<CultureModels> German = new(() => new CultureModels(Microsoft.Recognizers.Text.Culture.German), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CultureModels> English = new(() => new CultureModels(Microsoft.Recognizers.Text.Culture.English), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>libphonenumber's shared instance.</summary>
    public PhoneNumberUtil Phone { get; } = PhoneNumberUtil.GetInstance();

    /// <summary>The models for <paramref name="locale"/>'s culture.</summary>
    public CultureModels For(UnderstandingLocale locale) => locale.IsGerman ? German.Value : English.Value;

    /// <summary>Builds every model and runs one parse per culture and model (a cold German date parse costs ~0.5 s, a warm one ~1 ms).</summary>
    public void Warm()
    {
        var reference = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);
        // Building a culture's models is mostly compiling their regular expressions: both cultures at once use both cores.
        Parallel.Invoke(
            () => German.Value.Warm(reference),
            () => English.Value.Warm(reference),
            () =>
            {
                foreach (var match in Phone.FindNumbers("0171 2345678 oder +49 30 1234567", "DE"))
                {
                    Phone.Format(match.Number, PhoneNumberFormat.E164);
                }
            });
    }
}
