using System.Text.RegularExpressions;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Whether a stored e-mail or phone number is plain enough to become a <c>mailto:</c> or <c>tel:</c> link.</summary>
public static partial class ContactLinks
{
    /// <summary>True for a plain address (no spaces, no scheme, one @).</summary>
    public static bool IsEmail(string? value) => value is not null && Email().IsMatch(value);

    /// <summary>True for digits with an optional leading + (E.164 and the like).</summary>
    public static bool IsPhone(string? value) => value is not null && Phone().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ]{4,20}$")]
    private static partial Regex Phone();
}
