namespace PartnerBot.Tests.Understanding;

/// <summary>What a corpus case may say: its keys, kinds, screens, locales and label values (the README in Corpus/ explains them).</summary>
public static class CorpusVocabulary
{
    public static readonly string[] CaseKeys = ["id", "locale", "onScreen", "text", "now", "expect"];

    public static readonly string[] ExpectKeys =
        ["kind", "salutation", "title", "name", "wishIncludes", "visionIncludes", "timeframe", "budget", "email", "emailProblem", "phone", "language", "command"];

    public static readonly string[] TimeframeKeys = ["date", "urgent", "open"];

    public static readonly string[] BudgetKeys = ["amount", "currency", "min", "max", "per", "upTo", "textOnly"];

    public static readonly string[] Kinds =
        ["answer", "question", "clarification", "human", "callback", "complaint", "greeting", "aboutBot", "offerDu", "resume", "privacy", "command", "yes", "no"];

    /// <summary>The questions the bot can have on screen; a case without one has <c>null</c>.</summary>
    public static readonly string[] Screens = ["name", "wish", "vision", "timeframe", "budget", "contact", "consent", "summary"];

    public static readonly string[] Locales = ["de-DE", "de-AT", "de-CH", "en-US", "en-GB", "fr-FR", "fr-CH"];

    public static readonly string[] Languages = ["de", "en", "fr"];

    /// <summary>The commands of <c>PartnerBot.Understanding.Command</c>, camel-cased.</summary>
    public static readonly string[] Commands = ["help", "cancel", "restart", "back", "skip", "summary", "myData", "deleteData"];

    public static readonly string[] EmailProblems = ["missingTld", "commaForDot", "missingAt", "doubleAt", "spaceInAddress", "typoTld"];

    public static readonly string[] Titles = ["Dr.", "Prof.", "Prof. Dr.", "Mag.", "Dipl.-Ing."];

    public static readonly string[] Periods = ["hour", "week", "month", "year"];

    /// <summary>The salutations of each language, in that language's form.</summary>
    public static readonly Dictionary<string, string[]> Salutations = new()
    {
        ["de"] = ["Frau", "Herr"],
        ["en"] = ["Mrs", "Mr", "Ms"],
        ["fr"] = ["Madame", "Monsieur"],
    };

    /// <summary>The language groups (file name prefixes) and the least number of cases each must have.</summary>
    public static readonly Dictionary<string, int> Targets = new()
    {
        ["de"] = 350,
        ["en"] = 150,
        ["at-ch"] = 50,
        ["fr"] = 50,
    };

    public const int TotalTarget = 600;

    /// <summary>The group a case belongs in: Austrian and Swiss pages in German form one, otherwise the language the message is written in.</summary>
    public static string GroupOf(CorpusCase c) =>
        c.Language == "de" && c.Locale is "de-AT" or "de-CH" ? "at-ch" : c.Language;

    /// <summary>The id prefix of a case: its group, or "at"/"ch" in the Austrian/Swiss group.</summary>
    public static string IdPrefixOf(CorpusCase c) =>
        GroupOf(c) == "at-ch" ? (c.Locale == "de-AT" ? "at" : "ch") : GroupOf(c);
}
