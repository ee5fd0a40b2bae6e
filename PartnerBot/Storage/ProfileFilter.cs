using System.Text;
using PartnerBot.Profiles;

namespace PartnerBot.Storage;

/// <summary>The owner's filter (<see cref="ProfileQuery"/>) as a SQL <c>WHERE</c> clause, the same for both SQL stores.</summary>
internal static class ProfileFilter
{
    /// <summary>The clause over the <c>profiles</c> table; values go in through <paramref name="parameter"/>, never into the text.</summary>
    /// <param name="parameter">Adds a value and answers its placeholder.</param>
    /// <param name="instant">How the provider stores an instant.</param>
    /// <param name="contains">The provider's literal, case-insensitive test that <c>search_text</c> holds the placeholder's text.</param>
    public static string Where(ProfileQuery query, Func<object, string> parameter, Func<DateTimeOffset, object> instant, Func<string, string> contains)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Status is not null)
        {
            where.Append(" AND status = ").Append(parameter(query.Status));
        }

        if (query.FollowUp is not null)
        {
            where.Append(" AND follow_up = ").Append(parameter(query.FollowUp));
        }

        if (query.WithRequests)
        {
            where.Append(" AND requests IS NOT NULL");
        }

        if (query.Since is { } since)
        {
            where.Append(" AND updated_at >= ").Append(parameter(instant(since)));
        }

        if (query.Until is { } until)
        {
            where.Append(" AND updated_at <= ").Append(parameter(instant(until)));
        }

        if (query.WithAnswersOnly)
        {
            where.Append(" AND ((answers IS NOT NULL AND answers <> '{}') OR requests IS NOT NULL)");
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Append(" AND ").Append(contains(parameter(query.Text.Trim())));
        }

        return where.ToString();
    }

    /// <summary>The clause's order: newest first, urgent profiles before the others when the query asks for it.</summary>
    /// <param name="urgent">The provider's expression that is 1 for a profile whose timeframe is urgent, else 0.</param>
    /// <param name="newest">The provider's newest-first order.</param>
    public static string OrderBy(ProfileQuery query, string urgent, string newest) =>
        query.UrgentFirst ? $"ORDER BY {urgent} DESC, {newest}" : $"ORDER BY {newest}";
}
