namespace PartnerBot.Interview;

/// <summary>Handlers keyed by an enum value, with every value required to have exactly one (checked when the table is built).</summary>
internal static class HandlerTable
{
    /// <summary>The handlers by key; throws naming the values without a handler.</summary>
    public static Dictionary<TKey, THandler> Of<TKey, THandler>(IEnumerable<THandler> handlers, Func<THandler, TKey> key, string what)
        where TKey : struct, Enum
    {
        var table = handlers.ToDictionary(key);
        var missing = Enum.GetValues<TKey>().Where(k => !table.ContainsKey(k)).ToList();
        return missing.Count == 0 ? table : throw new InvalidOperationException($"No handler for the {what} {string.Join(", ", missing)}.");
    }
}
