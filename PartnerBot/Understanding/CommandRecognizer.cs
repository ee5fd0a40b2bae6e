namespace PartnerBot.Understanding;

/// <summary>Recognises a command when the whole (short) message is one: "Hilfe", "abbrechen", "von vorn", "zurück", "überspringen", "Zusammenfassung", "meine Daten", "Daten löschen", and their English twins.</summary>
public sealed class CommandRecognizer
{
    private const int MaxWords = 7;

    private static readonly (Command Command, string[] Phrases)[] Table =
    [
        (Command.DeleteData, ["daten löschen", "lösche meine daten", "meine daten löschen", "löschen sie meine daten", "lösch meine daten", "löschen meine daten", "alle daten löschen", "alles löschen", "vergiss mich", "vergessen sie mich", "delete my data", "delete my profile", "erase my data", "forget me", "delete data", "remove my data"]),
        (Command.MyData, ["meine daten", "was wissen sie über mich", "was weißt du über mich", "was wissen sie von mir", "welche daten haben sie", "welche daten speichern sie", "welche daten haben sie von mir", "zeige meine daten", "zeig meine daten", "my data", "what do you know about me", "show my data", "what data do you have", "what data do you have about me"]),
        (Command.Summary, ["zusammenfassung", "was hast du notiert", "was haben sie notiert", "was hast du bisher", "was haben sie bisher", "übersicht", "summary", "show summary", "what have you noted", "what did you note", "what have you got", "recap"]),
        (Command.Restart, ["neu starten", "neustart", "von vorn", "von vorne", "nochmal von vorn", "nochmal von vorne", "noch mal von vorn", "noch mal von vorne", "neu beginnen", "neu anfangen", "restart", "start over", "start again", "reset", "begin again"]),
        (Command.Cancel, ["abbrechen", "abbruch", "cancel", "stop", "stopp", "aufhören", "hör auf", "beenden", "schluss", "quit", "exit"]),
        (Command.Back, ["zurück", "eine frage zurück", "vorherige frage", "back", "go back", "previous question"]),
        (Command.Skip, ["überspringen", "überspringe", "skip", "skip this", "skip it", "weiter ohne", "nächste frage", "next question", "frage überspringen", "skip question", "skip this question"]),
        (Command.Help, ["hilfe", "help", "?", "hilf mir", "help me", "was kann ich tun", "was kannst du", "what can you do", "wie funktioniert das", "how does this work"]),
    ];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "bitte", "please", "mal", "jetzt", "now", "einfach", "doch", "danke", "thanks", "ich", "möchte", "will", "würde", "gern", "gerne",
        "i", "want", "to", "would", "like", "can", "could", "you", "we", "let's", "lets", "lass", "uns", "kannst", "du", "können", "sie", "the",
        "einmal", "ok", "okay", "hey", "hallo", "hi", "just", "möchten", "wollen", "bitte", "gerne", "hätte", "zur",
    };

    private static readonly (string[] Words, string Slot)[] SlotWords =
    [
        (["name", "namen"], SlotNames.Name),
        (["wunsch", "wish"], SlotNames.Wish),
        (["vision"], SlotNames.Vision),
        (["zeitraum", "termin", "zeitpunkt", "timeframe", "deadline", "frist"], SlotNames.Timeframe),
        (["budget"], SlotNames.Budget),
        (["kontakt", "contact"], SlotNames.Contact),
        (["e-mail", "email", "mail", "e", "mailadresse"], SlotNames.Email),
        (["telefon", "telefonnummer", "nummer", "phone", "number", "handynummer"], SlotNames.Phone),
    ];

    /// <summary>The command <paramref name="text"/> gives, or null when it is a sentence that merely contains a command word.</summary>
    public CommandMatch? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.All(c => c == '?'))
        {
            return new CommandMatch(Command.Help);
        }

        var all = MessageWords.Of(trimmed.Replace("?", " ", StringComparison.Ordinal));
        var words = all.Where(w => !Filler.Contains(w)).ToArray();
        if (words.Length is 0 || all.Length > MaxWords + 3)
        {
            return null;
        }

        var joined = string.Join(' ', words);
        var joinedAll = string.Join(' ', all);
        foreach (var (command, phrases) in Table)
        {
            if (phrases.Contains(joined) || phrases.Contains(joinedAll))
            {
                return new CommandMatch(command);
            }
        }

        return WithSlot(words);
    }

    /// <summary>"Name ändern", "change my email", "Budget überspringen", "skip the budget": a command about one slot.</summary>
    private static CommandMatch? WithSlot(string[] words)
    {
        if (words.Length is < 2 or > 4)
        {
            return null;
        }

        var slot = SlotWords.FirstOrDefault(s => words.Any(w => s.Words.Contains(w))).Slot;
        if (slot is null)
        {
            return null;
        }

        var rest = words.Where(w => !SlotWords.Any(s => s.Words.Contains(w)) && w is not ("my" or "mein" or "meine" or "meinen" or "den" or "die" or "das" or "adresse" or "address")).ToArray();
        return rest switch
        {
            ["ändern" or "korrigieren" or "change" or "correct" or "edit" or "fix"] => new CommandMatch(Command.Back, slot),
            ["überspringen" or "skip" or "weglassen" or "auslassen"] => new CommandMatch(Command.Skip, slot),
            ["weiter", "ohne"] => new CommandMatch(Command.Skip, slot),
            _ => null,
        };
    }
}
