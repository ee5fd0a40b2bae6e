namespace PartnerBot.Understanding;

/// <summary>Word lists that tell a name from the words around it.</summary>
internal static class NameWords
{
    /// <summary>Words after which a name does not go on: they start a new clause.</summary>
    public static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "und", "and", "oder", "or", "aber", "but", "ich", "i", "wir", "we", "mein", "meine", "my", "our", "unser", "unsere",
        "brauche", "brauchen", "möchte", "möchten", "will", "wollen", "suche", "suchen", "hätte", "hätten", "würde", "würden", "habe", "haben",
        "need", "want", "would", "like", "looking", "have", "from", "aus", "von", "bei", "at", "with", "mit", "hier", "here",
        "bin", "am", "is", "ist", "the", "der", "die", "das", "a", "an", "ein", "eine", "für", "for", "bis", "by", "im", "in", "um",
        "sowie", "also", "auch", "too", "bitte", "please", "danke", "thanks", "thank",
    };

    /// <summary>Words that are not names even when capitalised: what follows "ich bin"/"I'm" when it is no introduction.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // German
        "auf", "in", "im", "an", "am", "bei", "beim", "mit", "seit", "ab", "bis", "nicht", "kein", "keine", "sehr", "so", "ganz", "gerade",
        "noch", "schon", "auch", "der", "die", "das", "den", "dem", "ein", "eine", "einer", "einen", "interessiert", "neugierig", "gespannt",
        "froh", "glücklich", "zufrieden", "unsicher", "unzufrieden", "selbstständig", "selbständig", "inhaber", "inhaberin", "geschäftsführer",
        "geschäftsführerin", "gründer", "gründerin", "kunde", "kundin", "hier", "da", "dabei", "fertig", "bereit", "erreichbar", "verfügbar",
        "unterwegs", "zurück", "wieder", "neu", "allein", "heute", "morgen", "jetzt", "gut", "okay", "ok", "ja", "nein", "doch", "eigentlich",
        "leider", "wirklich", "total", "echt", "mir", "mich", "dir", "ihnen", "sie", "er", "es", "wir", "ihr", "man", "kann", "will", "muss",
        "möchte", "brauche", "suche", "nix", "nichts", "niemand", "anonym", "egal", "keine", "ahnung", "unbekannt",
        "daran", "dran", "darauf", "davon", "dafür", "hallo", "hi", "danke", "bitte", "frage", "fragen", "firma", "unternehmen", "bäckerei",
        "mitarbeiter", "mitarbeiterin", "von", "zu", "zum", "zur", "für", "über", "etwas", "bald", "später", "gleich",
        "website", "webseite", "shop", "budget", "e-mail", "email", "telefon", "name", "vision", "wunsch", "deutsch", "deutscher",
        "deutsche", "freiberufler", "freiberuflerin", "selbstständige", "selbstständiger", "rentner", "rentnerin", "student", "studentin",
        "german", "english", "british", "american", "freelancer", "retired", "self-employed",
        // English
        "a", "the", "not", "no", "yes", "just", "so", "very", "really", "trying", "wondering", "curious", "happy", "glad", "ready",
        "available", "busy", "owner", "founder", "ceo", "manager", "calling", "writing", "contacting", "reaching", "planning", "thinking",
        "still", "afraid", "sorry", "excited", "interested", "looking", "fine", "good", "great", "well", "here", "back", "new", "sure",
        "from", "with", "at", "on", "of", "to", "for", "about", "going", "gonna", "also", "too", "an", "in", "it", "that", "this", "my",
        "your", "our", "me", "you", "we", "they", "he", "she", "unsure", "nobody", "anonymous", "unknown", "none", "nothing", "idea",
        "today", "tomorrow", "now", "later", "soon", "done", "finished", "hello", "thanks", "please", "website", "shop", "company",
        "actually", "currently", "always", "only", "quite", "pretty", "bit", "little", "doing", "working", "running", "need", "want",
    };

    /// <summary>Name particles that may stand lower-case inside a name ("Ludwig van Beethoven", "Anna von Bergen").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "von", "van", "de", "da", "di", "del", "della", "du", "zu", "ten", "ter", "le", "la", "dos", "bin", "al", "el", "vom", "vander",
    };
}
