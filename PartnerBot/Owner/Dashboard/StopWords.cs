namespace PartnerBot.Owner.Dashboard;

/// <summary>Words too common in German and English to tell anything about a wish.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber",
        "ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere", "sie", "ihr", "ihre",
        "für", "mit", "von", "vom", "zum", "zur", "auf", "aus", "bei", "bis", "nach", "über", "unter", "vor", "wie", "was",
        "ist", "sind", "war", "wäre", "habe", "haben", "hätte", "gerne", "gern", "möchte", "möchten", "will", "wollen", "brauche",
        "brauchen", "suche", "suchen", "hätten", "auch", "noch", "nur", "sehr", "mehr", "neue", "neuen", "neuer", "neues", "neu",
        "the", "and", "for", "with", "from", "that", "this", "our", "you", "your", "are", "was", "would", "like", "want",
        "need", "new", "some", "can", "have", "has", "get", "its", "not", "but", "all", "any",
    };

    /// <summary>True for a stop word (lower case).</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
