using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

/// <summary>Profiles and entries for store tests.</summary>
public static class TestProfiles
{
    public static PartnerProfile Minimal(
        string id, DateTimeOffset updatedAt, string status = ProfileStatus.InProgress, string userId = "user",
        string? name = null, string? wish = null, string? vision = null, string? email = null, string? phone = null) => new()
    {
        Id = id,
        UserId = userId,
        ChannelId = "webchat",
        ConversationId = "c-" + id,
        Status = status,
        Name = name,
        Wish = wish,
        Vision = vision,
        Email = email,
        Phone = phone,
        CreatedAt = updatedAt.AddMinutes(-5),
        UpdatedAt = updatedAt,
    };

    public static PartnerProfile Full(string id) => new()
    {
        Id = id,
        UserId = "user-1",
        ChannelId = "msteams",
        ConversationId = "conversation-1",
        Locale = "en-US",
        Status = ProfileStatus.InProgress,
        FollowUp = FollowUpStatus.New,
        Name = "Anna",
        Wish = "Eine Hochzeitstorte",
        Vision = "Drei Etagen, Himbeeren",
        Timeframe = new TimeframeValue("Ende Mai", new DateOnly(2026, 5, 31), "2026-05-31"),
        Budget = new BudgetValue("1.500,50 €", 1500.50m, "EUR"),
        Email = "anna@example.de",
        Phone = "+4930123456",
        ConsentAt = new DateTimeOffset(2026, 3, 1, 8, 59, 0, TimeSpan.Zero),
        ConsentVersion = "2026-01",
        ConversationReference = "{\"conversation\":{\"id\":\"conversation-1\"}}",
        CreatedAt = new DateTimeOffset(2026, 3, 1, 8, 58, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
    };

    public static ProfileEntry Entry(string slot, DateTimeOffset at, string? activityId = "a1", string text = "words") =>
        new(slot, text, slot + "-value", at, "conversation-1", "msteams", activityId);
}
