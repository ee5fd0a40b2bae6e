using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;

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
    public void Warm(DateTime reference)
    {
        var german = Culture == Microsoft.Recognizers.Text.Culture.German;
        DateTime.Parse(german ? "bis Ende März, morgen oder in drei Monaten am 1. April 2027" : "by the end of March, tomorrow or in three months on April 1st 2027", reference);
        Currency.Parse(german ? "zwischen 3.000 und fünftausend Euro" : "between $3,000 and five thousand dollars");
        Number.Parse(german ? "etwa fünftausend oder 5.000,50" : "about five thousand or 5,000.50");
        Email.Parse("anna@example.com");
    }
}
