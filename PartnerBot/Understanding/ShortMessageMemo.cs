using System.Collections.Concurrent;

namespace PartnerBot.Understanding;

/// <summary>What short messages that carry no customer data ("ja", "passt", "weiter", "Moin!") were understood as, so the next
/// customer who writes the same words gets the same result without the recognizers.</summary>
/// <remarks>Only results that hold nothing personal and nothing that depends on the day are kept: no name, wish, date, amount,
/// e-mail, phone or remainder. "Anna Schmidt" or "morgen" are read afresh each time. The memo is bounded; when full it starts over.</remarks>
internal sealed class ShortMessageMemo
{
    /// <summary>Longer messages are not kept: they are rarely written twice the same way.</summary>
    public const int MaxLength = 24;

    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<(string Locale, string? Slot, string Text), Understood> _known = new();

    /// <summary>The memorised result for the message, or null.</summary>
    public Understood? Find(string text, string locale, string? expectedSlot) =>
        text.Length <= MaxLength && _known.TryGetValue((locale, expectedSlot, text), out var understood) ? understood : null;

    /// <summary>Keeps <paramref name="understood"/> when the message is short and the result holds nothing personal or dated.</summary>
    public void Keep(string text, string locale, string? expectedSlot, Understood understood)
    {
        if (text.Length > MaxLength || text.Any(char.IsDigit) || understood is not
            {
                Name: null, Wish: null, Timeframe: null, Urgent: false, OpenTimeframe: false, Budget: null, BudgetText: null,
                Email: null, EmailProblem: null, Phone: null, CorrectedSlot: null, Remainder: "",
            })
        {
            return;
        }

        if (_known.Count >= MaxEntries)
        {
            _known.Clear();
        }

        _known[(locale, expectedSlot, text)] = understood;
    }
}
