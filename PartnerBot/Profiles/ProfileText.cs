namespace PartnerBot.Profiles;

/// <summary>The owner's free-text search over a profile: its answers and the words of its requests, the same for every store.</summary>
public static class ProfileText
{
    /// <summary>The searched text: every answer and every request's words, lower case, one per line.</summary>
    public static string Of(PartnerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var answers = profile.Answers.SearchText();
        return profile.Requests.Count == 0 ? answers : answers + "\n" + string.Join('\n', profile.Requests.Select(r => r.Text)).ToLowerInvariant();
    }

    /// <summary>True when <paramref name="text"/> is empty or occurs in one of the searched fields.</summary>
    public static bool Matches(PartnerProfile profile, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return Of(profile).Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
