using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>The Microsoft.Recognizers.Text models of one culture, built once.</summary>
public sealed class CultureModels
{
    /// <summary>Builds the models of <paramref name="culture"/> (a <see cref="Culture"/> constant).</summary>
    public CultureModels(string culture)
    {
        Culture = culture;
        DateTime = new DateTimeRecognizer(culture).GetDateTimeModel();
        Currency = new NumberWithUnitRecognizer(culture).GetCurrencyModel();
        Number = new NumberRecognizer(culture).GetNumberModel();
        Email = new SequenceRecognizer(culture).GetEmailModel();
    }

    /// <summary>The recognizer culture.</summary>
    public string Culture { get; }

    /// <summary>Dates, ranges, durations and times.</summary>
    public DateTimeModel DateTime { get; }

    /// <summary>Amounts with a currency.</summary>
    public IModel Currency { get; }

    /// <summary>Plain numbers, also in words.</summary>
    public IModel Number { get; }

    /// <summary>E-mail addresses.</summary>
    public IModel Email { get; }

    /// <summary>Runs one representative parse per model so its regexes are compiled before the first customer.</summary>
    /// <param name="phrases">The language's warm-up phrases (<c>language.json</c>).</param>
    public void Warm(DateTime reference, LanguageWarmup phrases)
    {
        DateTime.Parse(phrases.Dates, reference);
        Currency.Parse(phrases.Money);
        Number.Parse(phrases.Numbers);
        Email.Parse("anna@example.com");
    }
}
