namespace PartnerBot.Understanding;

/// <summary>Recognises a command when the whole (short) message is one: "Hilfe", "abbrechen", "von vorn", "zurück", "überspringen", "Zusammenfassung", "meine Daten", "Daten löschen", in every language the bot speaks (<c>understanding.json</c>).</summary>
public sealed class CommandRecognizer
{
    private const int MaxWords = 7;

    /// <summary>The longest question read for a command's key words.</summary>
    private const int MaxKeyedWords = 14;

    private static readonly Vocabulary Words = Vocabulary.Shared;

    // Before Table, whose phrases are read without it.
    private static readonly HashSet<string> Filler = FoldedSet("command.filler");
    private static readonly HashSet<string> Degree = FoldedSet("command.degreeWords");

    /// <summary>The phrases per command, checked in this order ("meine Daten löschen" is no "meine Daten").</summary>
    private static readonly (Command Command, HashSet<string> Phrases)[] Table =
        [.. new[] { Command.DeleteData, Command.MyData, Command.Summary, Command.Restart, Command.Cancel, Command.Back, Command.Skip, Command.Help }
            .Select(c => (c, WithoutFiller(Words.Words("command." + JsonName(c)))))];

    /// <summary>Each phrase as written and without its filler words, so that the customer's filler need not be the list's:
    /// "können wir bitte ganz von vorne anfangen" is "ich möchte nochmal ganz von vorne anfangen" (both "ganz von vorne anfangen").
    /// A phrase that filler leaves too short to be a command on its own ("was kannst du" → "was") keeps only its written form.</summary>
    private static HashSet<string> WithoutFiller(IReadOnlyList<string> phrases)
    {
        var set = new HashSet<string>(phrases.Select(FoldPhrase), StringComparer.Ordinal);
        foreach (var phrase in set.ToList())
        {
            var kept = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToArray();
            // "ich will nicht mehr" is a command as written; "nicht mehr" alone is a limit ("nicht mehr als 4000").
            if ((kept.Length >= 2 && !Degree.Contains(kept[^1])) || (kept.Length == 1 && kept[0].Length >= 5))
            {
                set.Add(string.Join(' ', kept));
            }
        }

        return set;
    }

    private static readonly (HashSet<string> Words, string Slot)[] SlotWords =
        [.. Words.Group("command.slot.").Select(g => (new HashSet<string>(g.Words.Select(FoldPhrase), StringComparer.Ordinal), g.Name))];

    private static readonly HashSet<string> SlotArticles = FoldedSet("command.slotArticles");
    private static readonly HashSet<string> ChangeSlot = FoldedSet("command.changeSlot");
    private static readonly HashSet<string> SkipSlot = FoldedSet("command.skipSlot");

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

        var all = FoldedWords(trimmed.Replace("?", " ", StringComparison.Ordinal));
        if (all.Length > MaxWords + 3)
        {
            return all.Length <= MaxKeyedWords ? LastClause(trimmed) : null;
        }

        // "kann ich noch nicht sagen" is not knowing yet, not "nicht sagen" (declining); a clause may still be a command.
        return (IsCannotYet(all) ? null : Whole(all)) ?? ByClause(trimmed);
    }

    /// <summary>A short message of clauses, one of which is a whole command ("nevermind, I'm done", "Hilfe, ich weiß nicht weiter").</summary>
    private static CommandMatch? ByClause(string text)
    {
        if (text.AsSpan().IndexOfAny(ClauseEnds) < 0)
        {
            return null;
        }

        foreach (var clause in text.Split(ClauseSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = FoldedWords(clause);
            if (words.Length > 0 && words.Length < MessageWords.Of(text).Length && !IsCannotYet(words) && Whole(words) is { } command)
            {
                return command;
            }
        }

        return null;
    }

    /// <summary>A longer message that ends in a command of a few words, said after the reasons for it ("actually no, I've changed my
    /// mind, please cancel the whole thing").</summary>
    private static CommandMatch? LastClause(string text)
    {
        var clauses = text.Split(ClauseSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = clauses.Length > 1 ? FoldedWords(clauses[^1]) : [];
        return words.Count(w => !Filler.Contains(w)) >= MinWordsOfLastClause && !IsCannotYet(words) ? Whole(words) : null;
    }

    /// <summary>How many words besides filler the closing command of a longer message has: one word ("weiter", "stop") closes many sentences that are no command.</summary>
    private const int MinWordsOfLastClause = 2;

    private static readonly char[] ClauseSeparators = [',', ';', '.', '!', '?', '\n'];
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;.!?\n");

    /// <summary>The command the words are, once filler words are left out.</summary>
    private static CommandMatch? Whole(string[] all)
    {
        var words = all.Where(w => !Filler.Contains(w)).ToArray();
        if (words.Length is 0)
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

        return WithSlot(words) ?? Declined(all);
    }

    private static readonly HashSet<string> DeclineVerbs = FoldedSet("command.decline.verbs");
    private static readonly HashSet<string> DeclineNegations = FoldedSet("command.decline.negations");
    private static readonly HashSet<string> DeclineOthers = FoldedSet("command.decline.others");
    private static readonly HashSet<string> CannotYet = FoldedSet("command.decline.cannot");

    /// <summary>"kann ich noch nicht sagen", "can't say yet": not knowing yet, an answer in words, not declining to tell.</summary>
    private static bool IsCannotYet(string[] words) => words.Any(CannotYet.Contains) && words.Any(DeclineNegations.Contains) && words.Any(DeclineVerbs.Contains);

    /// <summary>Declining to answer in any word order ("möcht ich jetzt nicht sagen", "des sag i liaba ned", "I'd rather not say"):
    /// a negation and a verb of telling, and nothing but pronouns, modals, softeners and what is not told ("die Nummer geb ich nicht raus") besides.</summary>
    private static CommandMatch? Declined(string[] all)
    {
        // "kann ich noch nicht sagen", "can't tell yet": not knowing yet is an answer (open, in words), not a refusal to tell.
        if (all.Length is < 2 or > MaxWords || all.Any(CannotYet.Contains))
        {
            return null;
        }

        var negated = false;
        var told = false;
        foreach (var word in all)
        {
            if (DeclineNegations.Contains(word))
            {
                negated = true;
            }
            else if (DeclineVerbs.Contains(word))
            {
                told = true;
            }
            else if (!DeclineOthers.Contains(word) && !Filler.Contains(word) && !SlotArticles.Contains(word) && !SlotWords.Any(s => s.Words.Contains(word)))
            {
                return null;
            }
        }

        return negated && told ? new CommandMatch(Command.Skip) : null;
    }

    /// <summary>A command phrase of two or more words inside a short sentence ("Könnten Sie bitte meine Daten löschen?"), or null.</summary>
    public CommandMatch? Within(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = FoldedWords(text.Replace("?", " ", StringComparison.Ordinal));
        if (words.Length is < 2 or > MaxKeyedWords || IsCannotYet(words))
        {
            return null;
        }

        var joined = " " + string.Join(' ', words) + " ";
        if (words.Length > MaxWords + 3)
        {
            // A longer question that names a command ("Könnten Sie mir bitte nochmal zeigen, was Sie bisher notiert haben?").
            return text.Contains('?', StringComparison.Ordinal) ? Keyed(joined, words) : null;
        }

        if (words.Length <= MaxWords + 1 && text.Contains('?', StringComparison.Ordinal))
        {
            // "Kann ich abbrechen?", "Can I skip?": a question about doing a command is the command.
            foreach (var (command, asked) in InQuestion)
            {
                if (words.Any(asked.Contains))
                {
                    return new CommandMatch(command);
                }
            }
        }

        if (Keyed(joined, words) is { } keyed)
        {
            return keyed;
        }

        // The table's first phrase that the message holds: only phrases that begin with one of its words can be in it.
        var best = int.MaxValue;
        foreach (var word in words)
        {
            if (!WithinByFirstWord.TryGetValue(word, out var phrases))
            {
                continue;
            }

            foreach (var (order, command, phrase) in phrases)
            {
                if (order >= best)
                {
                    break;
                }

                var at = joined.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0 && (command != Command.Help || !FollowedByMatter(joined, at + phrase.Length)))
                {
                    best = order;
                }
            }
        }

        return best == int.MaxValue ? null : new CommandMatch(WithinInOrder[best].Command);
    }

    /// <summary>True when what the help is for follows a call for help: "I need help planning our wedding" asks for
    /// help with something, "Wir brauchen Hilfe bei der Steuererklärung" is a wish; only a message that is just the command is one.</summary>
    private static bool FollowedByMatter(string joined, int from)
    {
        var rest = joined[from..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToArray();
        return rest.Length >= 2 && (HelpObjects.Contains(rest[0]) || (rest[0].Length > 5 && rest[0].EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>Words that tie what the help is for to it ("Hilfe bei", "help with"); "helping"/"planning" does so in English.</summary>
    private static readonly HashSet<string> HelpObjects = FoldedSet("command.helpObjects");

    /// <summary>A short message that names a command by its key words, in any phrasing: "zeig mir mal die Zusammenfassung",
    /// "können wir von vorne anfangen?", "Kann ich meine Angaben sehen?" (a verb and the data), "bitte die Daten entfernen".</summary>
    private static CommandMatch? Keyed(string joined, string[] words)
    {
        // Deleting comes first: "löscht, was ihr über mich habt" names what is to be deleted as "my data" does.
        if (words.Any(DeleteVerbs.Contains) && words.Any(w => DataWords.Contains(w) || DeleteObjects.Contains(w)))
        {
            return new CommandMatch(Command.DeleteData);
        }

        foreach (var (command, keys) in Keys)
        {
            if (keys.Any(k => joined.Contains(k, StringComparison.Ordinal)))
            {
                return new CommandMatch(command);
            }
        }

        // "was habt ihr denn alles über mich?", "what do you know about me": having or knowing, and "about me".
        if (words.Any(MyDataHave.Contains) && MyDataAbout.Any(a => joined.Contains(a, StringComparison.Ordinal)))
        {
            return new CommandMatch(Command.MyData);
        }

        if (words.Any(DataWords.Contains))
        {
            if (words.Any(ShowVerbs.Contains))
            {
                return new CommandMatch(Command.MyData);
            }
        }

        return null;
    }

    /// <summary>The <c>command.key.*</c> phrases, padded with spaces.</summary>
    private static readonly (Command Command, string[] Keys)[] Keys =
        [.. Table.Select(t => (t.Command, Words.Words("command.key." + JsonName(t.Command)).Select(k => " " + FoldPhrase(k) + " ").ToArray())).Where(t => t.Item2.Length > 0)];

    private static readonly HashSet<string> DataWords = FoldedSet("command.dataWords");
    private static readonly HashSet<string> MyDataHave = FoldedSet("command.myData.have");
    private static readonly string[] MyDataAbout = [.. Words.Words("command.myData.about").Select(a => " " + FoldPhrase(a) + " ")];
    private static readonly HashSet<string> DeleteVerbs = FoldedSet("command.deleteVerbs");

    /// <summary>What else a delete verb may take as the customer's data ("lösch mich", "alles löschen", "erase everything").</summary>
    private static readonly HashSet<string> DeleteObjects = FoldedSet("command.deleteObjects");
    private static readonly HashSet<string> ShowVerbs = FoldedSet("command.showVerbs");

    /// <summary>The words per command that make a short question that command (<c>command.inQuestion.*</c>).</summary>
    private static readonly (Command Command, HashSet<string> Words)[] InQuestion =
        [.. Table.Select(t => (t.Command, FoldedSet("command.inQuestion." + JsonName(t.Command)))).Where(t => t.Item2.Count > 0)];

    /// <summary>The phrases of two or more words per command, padded with spaces, built once (<see cref="Within"/> runs on most messages).</summary>
    private static readonly (Command Command, string Phrase)[] WithinInOrder =
        [.. Table.SelectMany(t => t.Phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).Select(p => (t.Command, " " + p + " ")))];

    /// <summary><see cref="WithinInOrder"/> by each phrase's first word, each list in table order.</summary>
    private static readonly Dictionary<string, (int Order, Command Command, string Phrase)[]> WithinByFirstWord =
        WithinInOrder.Select((p, order) => (Order: order, p.Command, p.Phrase))
            .GroupBy(p => p.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>A list's phrases folded (<see cref="Vocabulary.Fold"/>), as the message's words are before they are looked up.</summary>
    private static HashSet<string> FoldedSet(string key) => new(Words.Words(key).Select(FoldPhrase), StringComparer.Ordinal);

    private static string FoldPhrase(string phrase) => string.Join(' ', phrase.Split(' ').Select(Vocabulary.Fold));

    /// <summary>The words of a message, folded.</summary>
    private static string[] FoldedWords(string text) => [.. MessageWords.Of(text).Select(Vocabulary.Fold)];

    /// <summary>"deleteData" for <see cref="Command.DeleteData"/>: the list's name in <c>understanding.json</c>.</summary>
    private static string JsonName(Command command) => char.ToLowerInvariant(command.ToString()[0]) + command.ToString()[1..];

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

        var rest = string.Join(' ', words.Where(w => !SlotWords.Any(s => s.Words.Contains(w)) && !SlotArticles.Contains(w)));
        return ChangeSlot.Contains(rest) ? new CommandMatch(Command.Back, slot)
            : SkipSlot.Contains(rest) ? new CommandMatch(Command.Skip, slot)
            : null;
    }
}
