using System.Text.RegularExpressions;

namespace PartnerBot.Understanding;

/// <summary>A budget in words without a figure ("kein festes Budget", "nach Angebot"), from the <c>money.textOnly*</c> lists.</summary>
internal static class BudgetWords
{
    private static readonly Vocabulary Words = Vocabulary.Shared;

    private static readonly GatedRegex Anywhere = Phrase("money.textOnlyAnywhere");

    private static readonly GatedRegex Answer = Phrase("money.textOnly");

    /// <summary>The words that give the budget, or null.</summary>
    public static TextMatch? Find(string text, bool budgetAsked)
    {
        var match = Anywhere.Match(text);
        if (!match.Success && budgetAsked)
        {
            match = Answer.Match(text);
        }

        return match.Success ? new TextMatch(match.Value, text.Trim()) : null;
    }

    private static GatedRegex Phrase(string key) => GatedRegex.OfWords(@"(?<![\p{L}])" + Words.Pattern(key) + @"(?![\p{L}])", Words.Words(key));
}
