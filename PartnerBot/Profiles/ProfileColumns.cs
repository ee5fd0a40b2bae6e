using System.Data.Common;

namespace PartnerBot.Profiles;

/// <summary>The <c>profiles</c> columns both SQL stores read and write, and how a row becomes a <see cref="PartnerProfile"/>.</summary>
internal static class ProfileColumns
{
    /// <summary>Every column, in the order <see cref="Read"/> expects.</summary>
    public const string Select = """
        id, user_id, channel_id, conversation_id, locale, status, follow_up, name, wish, vision,
        timeframe_text, timeframe_date, timeframe_timex, budget_text, budget_amount, budget_currency,
        email, phone, consent_at, consent_version, conversation_reference, created_at, updated_at
        """;

    /// <summary>The columns an upsert overwrites: all but the id and the owner's follow-up.</summary>
    public static readonly string[] Updated =
    [
        "user_id", "channel_id", "conversation_id", "locale", "status", "name", "wish", "vision",
        "timeframe_text", "timeframe_date", "timeframe_timex", "budget_text", "budget_amount", "budget_currency",
        "email", "phone", "consent_at", "consent_version", "conversation_reference", "created_at", "updated_at",
    ];

    /// <summary>Reads one row selected with <see cref="Select"/>; the provider says how it reads instants, dates and amounts.</summary>
    public static PartnerProfile Read(DbDataReader row, Func<DbDataReader, int, DateTimeOffset> instant, Func<DbDataReader, int, DateOnly> date, Func<DbDataReader, int, decimal> amount)
    {
        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        var timeframeText = Text(10);
        var budgetText = Text(13);
        return new PartnerProfile
        {
            Id = row.GetString(0),
            UserId = row.GetString(1),
            ChannelId = row.GetString(2),
            ConversationId = row.GetString(3),
            Locale = row.GetString(4),
            Status = row.GetString(5),
            FollowUp = row.GetString(6),
            Name = Text(7),
            Wish = Text(8),
            Vision = Text(9),
            Timeframe = timeframeText is null ? null : new TimeframeValue(timeframeText, row.IsDBNull(11) ? null : date(row, 11), Text(12)),
            Budget = budgetText is null ? null : new BudgetValue(budgetText, row.IsDBNull(14) ? null : amount(row, 14), Text(15)),
            Email = Text(16),
            Phone = Text(17),
            ConsentAt = row.IsDBNull(18) ? null : instant(row, 18),
            ConsentVersion = Text(19),
            ConversationReference = Text(20),
            CreatedAt = instant(row, 21),
            UpdatedAt = instant(row, 22),
        };
    }

    /// <summary>The values of <see cref="Select"/>'s columns for an insert, in order; instants, dates and amounts converted by the provider.</summary>
    public static object?[] Values(PartnerProfile p, Func<DateTimeOffset, object> instant, Func<DateOnly, object> date, Func<decimal, object> amount) =>
    [
        p.Id, p.UserId, p.ChannelId, p.ConversationId, p.Locale, p.Status, p.FollowUp, p.Name, p.Wish, p.Vision,
        p.Timeframe?.Text, p.Timeframe?.Date is { } d ? date(d) : null, p.Timeframe?.Timex,
        p.Budget?.Text, p.Budget?.Amount is { } a ? amount(a) : null, p.Budget?.Currency,
        p.Email, p.Phone, p.ConsentAt is { } c ? instant(c) : null, p.ConsentVersion, p.ConversationReference,
        instant(p.CreatedAt), instant(p.UpdatedAt),
    ];

    /// <summary>The column names of <see cref="Select"/>, in order.</summary>
    public static readonly string[] Names = Select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
