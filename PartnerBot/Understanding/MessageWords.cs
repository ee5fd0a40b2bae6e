using System.Text;

namespace PartnerBot.Understanding;

/// <summary>Lower-cased words of a message, without punctuation and emoji (👍/👎 become words), for phrase look-ups.</summary>
internal static class MessageWords
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static string[] Of(string text)
    {
        var prepared = text.Replace("👍", " thumbsup ", StringComparison.Ordinal).Replace("👎", " thumbsdown ", StringComparison.Ordinal)
            .Replace("✅", " checkmark ", StringComparison.Ordinal).Replace("✔", " checkmark ", StringComparison.Ordinal).Replace("👌", " checkmark ", StringComparison.Ordinal);
        var builder = new StringBuilder(prepared.Length);
        foreach (var c in prepared)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '\'' or '?' ? char.ToLowerInvariant(c) : c == '’' ? '\'' : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
