namespace PartnerBot.Understanding;

/// <summary>Reads one customer message for every slot, command and yes/no at once.</summary>
public interface ITextUnderstanding
{
    /// <summary>Understands <paramref name="text"/> in <paramref name="locale"/> (e.g. "de-DE", "en-US", "en-GB").</summary>
    /// <param name="expectedSlot">The slot the bot just asked for (a <see cref="SlotNames"/> value), or null. It lets a bare answer count: "Anna" to the name question, "5000" to the budget question (in the locale's currency), "morgen" to the timeframe question.</param>
    /// <param name="now">The customer's "today" for relative dates.</param>
    Understood Understand(string text, string locale, string? expectedSlot, DateTimeOffset now);
}
