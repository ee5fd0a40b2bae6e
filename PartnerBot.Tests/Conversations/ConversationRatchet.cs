namespace PartnerBot.Tests.Conversations;

/// <summary>Per part and language group, the shares in percent reached so far (rounded down to a tenth): conversations whose profile is
/// fully right, and fields right. Raise a floor when the conversation improves; it may never fall.</summary>
public static class ConversationRatchet
{
    public static readonly Dictionary<string, Dictionary<string, (double Conversations, double Fields)>> Floors = new(StringComparer.Ordinal)
    {
        ["build"] = new(StringComparer.Ordinal)
        {
            // 43 new conversations (English, Austrian and Swiss, mixed) written as other customers talk, then 61 more (every group:
            // callbacks with a time, complaints in dialect, start months, cancel and go on, wishes that point back, small talk);
            // re-based on the 234 build conversations, all right. 12 more (English and German requests: a complaint about work done
            // earlier with a call back, questions about the area served and prices): all 246 right.
            // 23 more written apart from the bot (a random half of 44; the other half went to the held-back part), then 21 more (half of
            // 40): re-based on the 290. Then 53 more (English 23, Austrian/Swiss 17, German 10, mixed 2, French 1) with requests at every
            // phase and beside answers, wishes asked as questions, the vision with its deadline, open, urgent and monthly answers, thanks
            // and goodbyes: re-based on the 343 (German and Austrian/Swiss lower, as more of the new ones wait for the understanding:
            // dialect complaints, a person asked for as a question, "jo isch guet"; English, French and mixed higher).
            // Raised when the listening learnt dialect complaints, yes in dialect and the rest (342 of 343 right), then 29 more written
            // apart from the bot (German 12, English 7, Austrian/Swiss 6, French 2, mixed 2): re-based on the 372, raised when five of the eight new ones became right.
            ["de"] = (98.3, 99.5), ["at-ch"] = (98.4, 99.2), ["en"] = (100.0, 100.0), ["fr"] = (95.2, 98.6), ["mixed"] = (100.0, 100.0),
        },
        ["heldback"] = new(StringComparer.Ordinal)
        {
            // English held back fell from 73.5 % of fields with the listening conversation (the build part rose from 76 % to 84.6 %);
            // the held-back conversations are not read to find out why, so the floor records the fall instead of hiding it. Placing
            // answers where they belong (call back times, dates to the vision, questions beside answers) and the wider understanding
            // lifted it to 56.2 %, still below where it was. Carrying a message that moved on to the next question, leaving an optional
            // question open after three answers around it and keeping a date whose deadline question was passed over: 62.5 %.
            // Then the held-back part grew from 22 to 43 conversations, written apart from the rules; the floors are what the rules
            // reach on all 43 (English 80.4 % of fields on 15 conversations). It grew again to 58, written apart as well: the floors
            // are what the rules reach on all 58 (the Austrian and Swiss conversations 79.3 % of fields on 8). Then to 84, written
            // apart from the bot by someone who read only the corpus rules: what the rules reach on all 84 (the Austrian and Swiss
            // conversations 58.3 % on 12, one fewer fully right share than on 8). Start months, dialect complaints, negated rush and
            // the other rules that made the grown build part right, and the wider understanding, raised German and Austrian/Swiss on the
            // 84; complaints about earlier work, a callback asked for after a complaint and choice questions about the business English.
            // Then to 105 and 124: 44 and 40 conversations written apart from the bot, each split at random between the parts; what the
            // rules reach on all 124; raised after the conversation learnt from 53 more build conversations and the wider understanding.
            ["de"] = (78.7, 95.0), ["at-ch"] = (68.4, 92.8), ["en"] = (60.9, 86.9), ["fr"] = (88.8, 98.4), ["mixed"] = (62.5, 93.3),
        },
    };
}
