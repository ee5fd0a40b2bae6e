namespace PartnerBot.Bench;

/// <summary>The turns of one customer's interview, German or English, each with a check of the bot's reply.</summary>
public static class InterviewScript
{
    /// <summary>One customer turn: what they send (null = they join) and what the reply must contain (any of the words, so a wording of an older build passes too; empty = any reply).</summary>
    public sealed record Turn(string? Text, string[] Expect);

    public static readonly IReadOnlyList<Turn> German =
    [
        new(null, ["ja/nein"]),
        new("ja, gerne", ["ansprechen"]),
        new("Anna Schmidt", ["Anna Schmidt"]),
        new("eine neue Website für meine Bäckerei", ["leben und arbeiten"]),
        new("Ich möchte, dass meine Kunden online vorbestellen können und ich mehr Zeit zum Backen habe.", ["Bis wann"]),
        new("bis Ende März", ["Budget"]),
        new("ca. 5.000 €", ["erreichen"]),
        new("anna@example", ["E-Mail-Adresse"]),
        new("anna@example.com", ["Stimmt das so"]),
        new("das Budget ist eher 6.000 €", ["ist jetzt", "angepasst"]),
        new("ja", ["Herzlichen Dank"]),
    ];

    public static readonly IReadOnlyList<Turn> English =
    [
        new(null, ["yes/no"]),
        new("sure", ["call you"]),
        new("my name is John Miller", ["John Miller"]),
        new("I need a new website for my shop", ["live and work"]),
        new("I want to spend more time with my customers and less in the office.", ["By when"]),
        new("by the end of March", ["budget"]),
        new("about $5,000", ["reach you"]),
        new("john@example", ["email address"]),
        new("john@example.com", ["Is that right"]),
        new("the budget is actually $6,000", ["is now", "updated"]),
        new("yes", ["Thank you so much"]),
    ];
}
