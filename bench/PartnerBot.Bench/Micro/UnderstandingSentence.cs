using PartnerBot.Understanding;

namespace PartnerBot.Bench.Micro;

/// <summary>One customer sentence of the interview script, as the engine hands it to <see cref="ITextUnderstanding"/>, with what it must yield.</summary>
/// <param name="Kind">What the sentence is ("date", "budget", …); with the language it names the benchmark case.</param>
/// <param name="ExpectedSlot">The slot the bot just asked for, as in the interview (null at the summary's "ja").</param>
/// <param name="IsUnderstood">The check that the sentence was understood as that kind, so a case measures the path it claims to.</param>
public sealed record UnderstandingSentence(string Kind, string Locale, string Text, string? ExpectedSlot, Func<Understood, bool> IsUnderstood)
{
    /// <summary>The script's German and English answers (bench/PartnerBot.Bench/InterviewScript.cs): date, budget, e-mail, yes and a free sentence.</summary>
    public static IReadOnlyList<UnderstandingSentence> All { get; } =
    [
        new("date", "de-DE", "bis Ende März", SlotNames.Timeframe, u => u.Timeframe is not null),
        new("budget", "de-DE", "ca. 5.000 €", SlotNames.Budget, u => u.Budget is { Amount: 5000m, Currency: "EUR" }),
        new("e-mail", "de-DE", "anna@example.com", SlotNames.Contact, u => u.Email is not null),
        new("yes", "de-DE", "ja", null, u => u.YesNo == YesNo.Yes),
        new("free sentence", "de-DE", "Ich möchte, dass meine Kunden online vorbestellen können und ich mehr Zeit zum Backen habe.", SlotNames.Vision, u => u.Remainder.Length > 40),
        new("date", "en-US", "by the end of March", SlotNames.Timeframe, u => u.Timeframe is not null),
        new("budget", "en-US", "about $5,000", SlotNames.Budget, u => u.Budget is { Amount: 5000m, Currency: "USD" }),
        new("e-mail", "en-US", "john@example.com", SlotNames.Contact, u => u.Email is not null),
        new("yes", "en-US", "yes", null, u => u.YesNo == YesNo.Yes),
        new("free sentence", "en-US", "I want to spend more time with my customers and less in the office.", SlotNames.Vision, u => u.Remainder.Length > 40),
    ];

    /// <summary>The case's name in BenchmarkDotNet's tables: language and kind.</summary>
    public override string ToString() => $"{Locale[..2]} {Kind}";
}
