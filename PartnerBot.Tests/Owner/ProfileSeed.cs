using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner;

/// <summary>Puts profiles straight into the store, as the interview would have written them.</summary>
public static class ProfileSeed
{
    public static async Task<PartnerProfile> AddAsync(
        this IProfileStore store,
        string name,
        string wish,
        DateTimeOffset at,
        string status = ProfileStatus.Completed,
        string? email = null,
        string? phone = null,
        string? vision = null,
        string? conversationReference = null,
        string? conversationId = null,
        TimeframeValue? timeframe = null,
        BudgetValue? budget = null)
    {
        var conversation = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..10];
        var profile = new PartnerProfile
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..12],
            UserId = "u-" + Guid.NewGuid().ToString("N")[..8],
            ChannelId = "directline",
            ConversationId = conversation,
            Status = status,
            Name = name,
            Wish = wish,
            Vision = vision,
            Email = email,
            Phone = phone,
            Timeframe = timeframe ?? new TimeframeValue("bis Ostern", new DateOnly(2027, 3, 28), "2027-03-28"),
            Budget = budget ?? new BudgetValue("so um die 800 Euro", 800m, "EUR"),
            ConsentAt = at,
            ConsentVersion = "2026-11",
            ConversationReference = conversationReference,
            CreatedAt = at,
            UpdatedAt = at,
        };
        ProfileEntry[] entries =
        [
            new("name", "ich bin " + name, name, at, conversation, "directline", "a1"),
            new("wish", "ich hätte gern " + wish, wish, at.AddSeconds(20), conversation, "directline", "a2"),
        ];
        await store.SaveAsync(profile, entries, CancellationToken.None);
        return profile;
    }
}
