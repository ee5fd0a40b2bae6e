namespace PartnerBot.Interview.Listening;

/// <summary>Returns a greeting the way it came: "Moin!" for "Moin!", "Grüß Gott!" for "Grüß Gott", "Servus!" for "Servus".</summary>
internal static class GreetingInKind
{
    /// <summary>The greeting for a message that begins like one of the wording's <see cref="Wording.GreetBack"/> keys (the longest
    /// that fits), or the wording's default.</summary>
    public static string For(Wording wording, string text)
    {
        var message = text.Trim().TrimStart('¡', '¿').ToLowerInvariant();
        var match = wording.GreetBack
            .Where(g => message.StartsWith(g.Key, StringComparison.Ordinal) && (message.Length == g.Key.Length || !char.IsLetter(message[g.Key.Length])))
            .OrderByDescending(g => g.Key.Length)
            .Select(g => g.Value)
            .FirstOrDefault();
        return match ?? wording.GreetBackDefault;
    }
}
