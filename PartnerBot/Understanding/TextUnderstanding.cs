using System.Text.RegularExpressions;
using PartnerBot.Bots;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Reads one customer message with every recognizer: commands, yes/no, e-mail, phone, money, name, date, wish and corrections.</summary>
public sealed partial class TextUnderstanding : ITextUnderstanding
{
    private readonly ILogger<TextUnderstanding>? _logger;
    private readonly CommandRecognizer _commands = new();
    private readonly YesNoRecognizer _yesNo = new();
    private readonly NameRecognizer _names = new();
    private readonly WishRecognizer _wishes = new();
    private readonly CorrectionRecognizer _corrections = new();
    private readonly EmailRecognizer _emails;
    private readonly PhoneRecognizer _phones;
    private readonly MoneyRecognizer _money;
    private readonly DateRecognizer _dates;
    private readonly ShortMessageMemo _memo = new();

    // Locale names come from the client: keep only a bounded number of them.
    private const int MaxKnownLocales = 64;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageLocale> _locales = new(StringComparer.Ordinal);

    /// <summary>Creates the recognizers over the shared <paramref name="models"/>, reading at most <paramref name="maxLength"/> characters.</summary>
    public TextUnderstanding(RecognizerModels models, ILogger<TextUnderstanding>? logger = null, int maxLength = BotOptions.DefaultMaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        MaxLength = maxLength;
        _logger = logger;
        _emails = new EmailRecognizer(models);
        _phones = new PhoneRecognizer(models);
        _money = new MoneyRecognizer(models);
        _dates = new DateRecognizer(models);
    }

    /// <summary>How much of a message the recognizers read (<c>Bot:MaxMessageLength</c>); longer messages are cut (at a space) before this.</summary>
    public int MaxLength { get; }

    /// <inheritdoc/>
    public Understood Understand(string text, string locale, string? expectedSlot, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Understood();
        }

        try
        {
            if (_memo.Find(text, locale, expectedSlot) is { } known)
            {
                return known;
            }

            var understood = Read(Prepare(text), Resolve(locale), expectedSlot, now);
            _memo.Keep(text, locale, expectedSlot, understood);
            return understood;
        }
        catch (Exception exception)
        {
            // No message text in logs (privacy): the exception type is enough to find the recognizer.
            _logger?.LogWarning("Understanding a message failed with {ExceptionType}", exception.GetType().Name);
            return new Understood();
        }
    }

    private Understood Read(string text, LanguageLocale locale, string? expectedSlot, DateTimeOffset now)
    {
        var phrased = KindRecognizer.ByPhrases(text);
        // "doch weiter" skips a question on screen; with none on screen it goes on with the interview.
        if ((_commands.Recognize(text) ?? (phrased is null ? _commands.Within(text) : null)) is { } command && (phrased != MessageKind.Resume || (command.Command == Command.Skip && expectedSlot is not null)))
        {
            // Passing on the consent question declines it ("I'll pass", "möchte ich lieber nicht"): nothing is stored.
            return command.Command == Command.Skip && expectedSlot == SlotNames.Consent
                ? new Understood { YesNo = YesNo.No, Kind = MessageKind.No }
                : new Understood { Command = command, Kind = MessageKind.Command };
        }

        var pageLocale = locale;
        var language = LanguageGuess.Other(LanguageGuess.WordsOf(text), locale.Language.Code);
        if (language is not null && LanguageRegistry.Shared.Find(language) is { } written)
        {
            // Numbers and dates are read in the message's language ("around 3,000 euros" on a German page), in the page's region.
            locale = new LanguageLocale(locale.Name, written, locale.Region);
        }

        var yesNo = _yesNo.Recognize(text, pageLocale.PhoneRegion);
        var spans = new List<TextSpan>();
        var slots = new List<string>();

        var email = _emails.Find(text, locale);
        var split = email is not null && EmailProblems.IsSplit(text, email.Span);
        email = split ? null : email;
        Add(email, SlotNames.Email);
        var phone = _phones.Find(text, pageLocale, spans);
        Add(phone, SlotNames.Phone);
        var money = _money.Find(text, locale, expectedSlot, spans);
        Add(money, SlotNames.Budget);
        var name = _names.Find(text, yesNo == YesNo.None ? expectedSlot : null);
        if (name is not null && name.Span.OverlapsAny(spans))
        {
            name = null;
        }

        // Time words in a vision are about life, not a deadline ("in fünf Jahren drei Filialen").
        var date = expectedSlot == SlotNames.Vision ? null : _dates.Find(text, locale, now, name is null ? spans : [.. spans, name.Span]);
        Add(date, SlotNames.Timeframe);
        if (name is not null)
        {
            slots.Add(SlotNames.Name);
        }

        var entitySpans = name is null ? spans : [.. spans, name.Span];
        var correction = _corrections.Find(text, slots);
        var wish = expectedSlot == SlotNames.Vision ? null : _wishes.Find(text, entitySpans)?.Value;
        var remainder = Remainder(text, entitySpans, yesNo, correction);
        // A greeting, a question or a request of its own is no free-text answer to the question on screen.
        var greeting = phrased is not null || KindRecognizer.IsQuestion(text) || KindRecognizer.IsGreeting(text);
        if (wish is null && remainder.Length > 0 && !greeting && (expectedSlot == SlotNames.Wish || correction?.Value == SlotNames.Wish))
        {
            wish = new TextMatch(remainder, remainder);
        }

        if (wish is null && expectedSlot is null && !greeting && WishRecognizer.IsNounPhrase(remainder))
        {
            wish = new TextMatch(remainder, remainder); // "eine neue Küche für rund 12.000 €" as the first thing said
        }

        var budgetText = money is null ? BudgetWords.Find(text, expectedSlot == SlotNames.Budget) : null;
        if (expectedSlot == SlotNames.Timeframe && budgetText is not null && TimeframeWords.Read(budgetText.Text, true, false).Open)
        {
            budgetText = null; // "hab mir noch keine Gedanken gemacht" to the timeframe question leaves the timeframe open, not the budget
        }

        // On the budget question the words that leave the budget open ("noch nicht festgelegt") are about the budget, not the timeframe.
        var timeWords = expectedSlot == SlotNames.Budget && budgetText is not null ? text.Replace(budgetText.Text, " ", StringComparison.OrdinalIgnoreCase) : text;
        var (urgent, open) = TimeframeWords.Read(timeWords, expectedSlot == SlotNames.Timeframe, date is not null);
        // "not sure yet, depends on the quote" to the budget question: what is not sure yet is the budget, not the timeframe.
        open = open && !(expectedSlot == SlotNames.Budget && budgetText is not null);
        var emailProblem = split ? EmailProblem.SpaceInAddress : email is null ? EmailProblems.Find(text) : null;
        var vision = expectedSlot == SlotNames.Vision && !greeting && remainder.Count(char.IsLetter) >= 2;
        var strong = email is not null || phone is not null || money is not null;
        var hasValue = strong || name is not null || wish is not null || date is not null || urgent || open || budgetText is not null || emailProblem is not null || vision;

        return MessageKinds.Settle(new Understood
        {
            Kind = MessageKinds.Decide(text, expectedSlot, phrased, yesNo, hasValue, strong),
            Name = name?.Value,
            Wish = wish,
            Timeframe = date?.Value,
            Urgent = urgent,
            OpenTimeframe = open,
            Budget = money?.Value,
            BudgetText = budgetText,
            Email = email?.Value,
            EmailProblem = emailProblem,
            Language = language,
            Phone = phone?.Value,
            YesNo = yesNo,
            CorrectedSlot = correction?.Value,
            Remainder = remainder,
        });

        void Add<T>(Recognized<T>? found, string slot)
        {
            if (found is not null)
            {
                spans.Add(found.Span);
                slots.Add(slot);
            }
        }
    }

    /// <summary>What is left as a free-text answer: no entities, no name phrase, no greeting or sign-off, no leading yes/no, no slot label of a wish or vision.</summary>
    private static string Remainder(string text, List<TextSpan> entities, YesNo yesNo, Recognized<string>? correction)
    {
        var cut = TextCleaner.WithConnectors(text, entities);
        if (Greeting.Match(text) is { Success: true, Length: > 0 } greeting)
        {
            cut.Add(new TextSpan(greeting.Index, greeting.Length));
        }

        if (SignOff.Match(text) is { Success: true, Length: > 0 } signOff)
        {
            cut.Add(new TextSpan(signOff.Index, signOff.Length));
        }

        if (yesNo != YesNo.None && LeadingYesNo.Match(text, cut.Where(s => s.Start == 0).Select(s => s.End).DefaultIfEmpty(0).Max()) is { Success: true } answer)
        {
            cut.Add(new TextSpan(answer.Index, answer.Length));
        }

        if (correction is { Value: SlotNames.Wish or SlotNames.Vision, Span.Length: > 0 })
        {
            cut.Add(correction.Span);
        }

        return TextCleaner.Remove(text, cut);
    }

    /// <summary>The page locale, resolved once per locale name (resolving builds culture data); at most a few dozen names are kept.</summary>
    private LanguageLocale Resolve(string locale)
    {
        if (_locales.TryGetValue(locale ?? "", out var known))
        {
            return known;
        }

        var resolved = LanguageRegistry.Shared.Resolve(locale);
        if (_locales.Count < MaxKnownLocales)
        {
            _locales[locale ?? ""] = resolved;
        }

        return resolved;
    }

    /// <summary>Cuts a long message at a space before <see cref="MaxLength"/> and turns control characters into spaces (keeping new lines).</summary>
    private string Prepare(string text)
    {
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf(' ', MaxLength - 1, Math.Min(200, MaxLength));
            text = text[..(cut > 0 ? cut : MaxLength)];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        return ControlRegex().Replace(text, " ");
    }

    private static readonly Regex Greeting = Vocabulary.Compile(@"^\s*(?:" + Vocabulary.Shared.Pattern("greetings") + @"(?![\p{L}])[\s,!.]*)+");

    private static readonly Regex SignOff = Vocabulary.Compile(@"(?:[\s,.!]*(?<![\p{L}])" + Vocabulary.Shared.Pattern("signOffs") + @")+[\s!.]*$");

    private static readonly Regex LeadingYesNo = Vocabulary.Compile(@"\G\s*" + Vocabulary.Shared.Pattern("yesNo.leadingAnswers") + @"(?![\p{L}])[\s,.!]*");

    [GeneratedRegex(@"[\p{Cc}-[\n]]|[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")]
    private static partial Regex ControlRegex();
}
