namespace PartnerBot.Profiles;

/// <summary>The free-text search owners use: the searchable answers (see <see cref="ProfileAnswers.SearchText"/>), case-insensitive.</summary>
public static class ProfileText
{
    /// <summary>True when <paramref name="text"/> is empty or occurs in one of the searched fields.</summary>
    public static bool Matches(PartnerProfile profile, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return profile.Answers.SearchText().Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
