namespace PartnerBot.Interview;

/// <summary>One question of the interview.</summary>
/// <param name="Name">The slot's name (a <see cref="Understanding.SlotNames"/> value); its question, retry and label live in the wording.</param>
/// <param name="Required">A required slot keeps asking (with a hint that "überspringen" works); an optional one is skipped politely after <see cref="MaxMisses"/> misses.</param>
public sealed record SlotDefinition(string Name, bool Required)
{
    /// <summary>Answers that do not fit before an optional slot is skipped.</summary>
    public const int MaxMisses = 2;
}
