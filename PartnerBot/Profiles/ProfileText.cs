namespace PartnerBot.Profiles;

/// <summary>The free-text search owners use: name, wish, vision, email and phone, case-insensitive.</summary>
public static class ProfileText
{
    /// <summary>True when <paramref name="text"/> is empty or occurs in one of the searched fields.</summary>
    public static bool Matches(PartnerProfile profile, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        string?[] fields = [profile.Name, profile.Wish, profile.Vision, profile.Email, profile.Phone];
        return fields.Any(f => f is not null && f.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
