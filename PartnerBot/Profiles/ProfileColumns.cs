using System.Data.Common;

namespace PartnerBot.Profiles;

/// <summary>The <c>profiles</c> columns both SQL stores read and write, and how a row becomes a <see cref="PartnerProfile"/>.</summary>
/// <remarks>The answers are one JSON column keyed by the questions' fields; the other columns are what owners filter and sort by.</remarks>
internal static class ProfileColumns
{
    /// <summary>Every column, in the order <see cref="Values"/> gives them.</summary>
    public static readonly string[] Names =
    [
        "id", "user_id", "channel_id", "conversation_id", "locale", "status", "follow_up", "answers", "search_text",
        "consent_at", "consent_version", "conversation_reference", "created_at", "updated_at", "requests",
    ];

    /// <summary>The column list for a SELECT.</summary>
    public static readonly string Select = string.Join(", ", Names);

    /// <summary>The columns an upsert overwrites: all but the id and the owner's follow-up.</summary>
    public static readonly string[] Updated = [.. Names.Where(n => n is not ("id" or "follow_up"))];

    /// <summary>Reads one row selected with <see cref="Select"/>, by column name; the provider says how it reads instants.</summary>
    public static PartnerProfile Read(DbDataReader row, Func<DbDataReader, int, DateTimeOffset> instant)
    {
        string? Text(string column) => row.GetOrdinal(column) is var i && row.IsDBNull(i) ? null : row.GetString(i);
        DateTimeOffset? Instant(string column) => row.GetOrdinal(column) is var i && row.IsDBNull(i) ? null : instant(row, i);
        return new PartnerProfile
        {
            Id = Text("id")!,
            UserId = Text("user_id")!,
            ChannelId = Text("channel_id")!,
            ConversationId = Text("conversation_id")!,
            Locale = Text("locale")!,
            Status = Text("status")!,
            FollowUp = Text("follow_up")!,
            Answers = ProfileAnswers.FromJson(Text("answers")),
            ConsentAt = Instant("consent_at"),
            ConsentVersion = Text("consent_version"),
            ConversationReference = Text("conversation_reference"),
            CreatedAt = Instant("created_at")!.Value,
            UpdatedAt = Instant("updated_at")!.Value,
            Requests = ProfileRequests.FromJson(Text("requests")),
        };
    }

    /// <summary>Reads a page: the first result is the <c>total</c> count, the next the rows selected with <see cref="Select"/>.</summary>
    public static async Task<ProfilePage> ReadPageAsync(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> instant, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var total = Convert.ToInt32(reader.GetValue(reader.GetOrdinal("total")), System.Globalization.CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<PartnerProfile>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader, instant));
        }

        return new ProfilePage(items, total);
    }

    /// <summary>The values of <see cref="Names"/>' columns for an insert, in order; instants converted by the provider.</summary>
    public static object?[] Values(PartnerProfile p, Func<DateTimeOffset, object> instant) =>
    [
        p.Id, p.UserId, p.ChannelId, p.ConversationId, p.Locale, p.Status, p.FollowUp, p.Answers.ToJson(), ProfileText.Of(p),
        p.ConsentAt is { } c ? instant(c) : null, p.ConsentVersion, p.ConversationReference, instant(p.CreatedAt), instant(p.UpdatedAt),
        ProfileRequests.ToJson(p.Requests),
    ];
}
