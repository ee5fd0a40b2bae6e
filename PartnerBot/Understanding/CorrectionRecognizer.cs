using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Finds the slot a customer names when giving or correcting a value ("die E-Mail ist eigentlich …", "ich heiße doch …", "actually the deadline is …").</summary>
public sealed partial class CorrectionRecognizer
{
    /// <summary>The corrected slot and the span of the words that name it ("meine Vision ist eigentlich"), or null.</summary>
    /// <param name="recognizedSlots">The slots whose values were recognised in the message; with a correction word and exactly one of them, that one is meant.</param>
    public Recognized<string>? Find(string text, IReadOnlyCollection<string> recognizedSlots)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (LabelRegex().Match(text) is { Success: true } label && SlotOf(label.Groups["label"].Value) is { } slot)
        {
            return new(slot, new TextSpan(label.Index, label.Length));
        }

        if (NameVerbRegex().Match(text) is { Success: true } verb)
        {
            return new(SlotNames.Name, new TextSpan(verb.Index, verb.Length));
        }

        // "Korrektur: anna@neu.de", "nein, Ende Mai", "eigentlich 8.000 €": with one value given, that value is corrected.
        return recognizedSlots.Count == 1 && (CorrectionWordRegex().IsMatch(text) || CorrectionOpeningRegex().IsMatch(text))
            ? new(recognizedSlots.First(), new TextSpan(0, 0))
            : null;
    }

    private static string? SlotOf(string label)
    {
        var key = label.ToLowerInvariant();
        return key switch
        {
            _ when key.Contains("mail", StringComparison.Ordinal) => SlotNames.Email,
            _ when key.Contains("name", StringComparison.Ordinal) => SlotNames.Name,
            _ when key.Contains("telefon", StringComparison.Ordinal) || key.Contains("nummer", StringComparison.Ordinal) || key.Contains("phone", StringComparison.Ordinal) || key is "number" or "mobile" => SlotNames.Phone,
            "budget" or "etat" or "preisrahmen" or "price" => SlotNames.Budget,
            "wunsch" or "wish" or "anliegen" => SlotNames.Wish,
            "vision" or "vorstellung" => SlotNames.Vision,
            _ => SlotNames.Timeframe,
        };
    }

    private const string Labels = @"(?<label>vor-?name|nach-?name|name|e-?mail-?adresse|e-?mail|mailadresse|mail|email\s+address|e-mail\s+address|telefonnummer|handynummer|mobilnummer|rufnummer|telefon|nummer|phone\s+number|phone|number|mobile|budget|etat|preisrahmen|price|termin|zeitraum|zeitpunkt|zeitrahmen|deadline|frist|timeframe|timeline|date|wunsch|wish|anliegen|vision|vorstellung)";

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:(?:mein|meine|meinen|die|der|das|den|unser|unsere|my|the|our)\s+" + Labels + @"\s*(?:(?:ist|lautet|wäre|is|would\s+be|should\s+be|liegt\s+bei|geht\s+bis)\b|:)|(?:ändere|ändern\s+sie|korrigiere|korrigieren\s+sie|change|correct|update)\s+(?:(?:bitte|please|mal)\s+)*(?:(?:mein|meine|meinen|die|den|das|my|the)\s+)?" + Labels + @"\b|(?<![\p{L}-])" + Labels + @"\s*:))(?:\s*(?:eigentlich|doch|eher|jetzt|nun|übrigens|actually|now|rather|instead|to|auf|zu|in)\b)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"(?<![\p{L}])(?:korrigiere|korrigieren|korrektur|ändern|ändere|falsch|sorry|correction|correct|change|instead|wrong|i\s+meant|ich\s+meinte|vertippt|typo)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionWordRegex();

    /// <summary>A message that opens with a correction: "Nein, …", "Eigentlich …", "Actually, …", "Lieber …".</summary>
    [GeneratedRegex(@"^\W*(?:(?:nein|nee|no|nope|oh|oops|ups)\W+)?(?:eigentlich|doch|eher|lieber|besser|actually|rather|nein|nee|no|nope)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionOpeningRegex();

    [GeneratedRegex(@"(?<![\p{L}])ich\s+hei(?:ß|ss)e\s+(?:eigentlich|doch|übrigens|nicht\s+\S+,?\s+sondern)(?:\s+(?:eigentlich|doch))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameVerbRegex();
}
