using PhoneNumbers;

namespace PartnerBot.Understanding;

/// <summary>The recognizer models per culture, each built once and shared by every request (the models are stateless).</summary>
public sealed class RecognizerModels
{
    private readonly Lazy<CultureModels> _german = new(() => new CultureModels(Microsoft.Recognizers.Text.Culture.German), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<CultureModels> _english = new(() => new CultureModels(Microsoft.Recognizers.Text.Culture.English), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>libphonenumber's shared instance.</summary>
    public PhoneNumberUtil Phone { get; } = PhoneNumberUtil.GetInstance();

    /// <summary>The models for <paramref name="locale"/>'s culture.</summary>
    public CultureModels For(UnderstandingLocale locale) => locale.IsGerman ? _german.Value : _english.Value;

    /// <summary>Builds every model and runs one parse per culture and model (a cold German date parse costs ~0.5 s, a warm one ~1 ms).</summary>
    public void Warm()
    {
        var reference = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);
        _german.Value.Warm(reference);
        _english.Value.Warm(reference);
        foreach (var match in Phone.FindNumbers("0171 2345678 oder +49 30 1234567", "DE"))
        {
            Phone.Format(match.Number, PhoneNumberFormat.E164);
        }
    }
}
