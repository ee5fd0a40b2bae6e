using System.Text;
using System.Globalization;

namespace PartnerBot.Interview;

/// <summary>Cleans what a customer typed before it is understood.</summary>
public static class MessageText
{
    /// <summary>The trimmed text, cut to <paramref name="maxLength"/> characters (without splitting a surrogate pair).</summary>
    public static string Clean(string? text, int maxLength, out bool truncated)
    {
        var trimmed = (text ?? string.Empty).Trim();
        truncated = trimmed.Length > maxLength;
        if (!truncated)
        {
            return trimmed;
        }

        var cut = char.IsHighSurrogate(trimmed[maxLength - 1]) ? maxLength - 1 : maxLength;
        return trimmed[..cut];
    }

    /// <summary>True when the text has at least one letter or digit (not only emoji and punctuation).</summary>
    public static bool HasWords(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ModifierLetter)
            {
                return true;
            }
        }

        return false;
    }
}
