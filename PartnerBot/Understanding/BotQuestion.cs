using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>Reads a question about who or what answers, in any phrasing: a word that addresses the one who writes back
/// ("bist du", "is this", "c'est", "rede ich mit") and, a few words on, what it might be ("Mensch", "KI", "bot", "robot", "humain").</summary>
/// <remarks>The two word families meet in any order of the words between them: "Sind Sie ein virtueller Assistent?", "am I talking to
/// software?", "t'es une machine ?". A wish for a person ("Kann ich mit einem Menschen sprechen?", "can I talk to a human?") is not
/// a question about the bot; a business question names no partner ("Machen Sie auch Computer-Reparaturen?").</remarks>
internal static class BotQuestion
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly GatedRegex AddressThenBeing = GatedRegex.OfWords(
        @"(?<![\p{L}])" + Words.Pattern("kind.aboutBot.address") + @"(?![\p{L}])(?:\W+[\p{L}'’]+){0,4}?\W+(?<!(?:per|pro|par|je|für|for|pour)\s+(?:(?:eine?|a|une?)\s+)?)" + Words.Pattern("kind.aboutBot.being") + @"(?![\p{L}-])",
        Words.Words("kind.aboutBot.address"));

    private static readonly Regex StartsAddressing = Vocabulary.Compile(@"^\W*" + Words.Pattern("kind.aboutBot.address") + @"(?![\p{L}])");

    private static readonly GatedRegex Wants = GatedRegex.OfWords(
        @"(?<![\p{L}])" + Words.Pattern("kind.aboutBot.wants") + @"(?![\p{L}])", Words.Words("kind.aboutBot.wants"));

    /// <summary>True when <paramref name="text"/> asks whether a person or a program answers.</summary>
    public static bool IsMatch(string text)
    {
        if (text.Length > 140 || !AddressThenBeing.IsMatch(text) || Wants.IsMatch(text))
        {
            return false;
        }

        // Asked with a question mark, or opened with the question's own words ("r u a real person", "bist du echt oder automatisch").
        return text.Contains('?', StringComparison.Ordinal) || StartsAddressing.IsMatch(text);
    }
}
