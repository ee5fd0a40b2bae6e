namespace PartnerBot.Profiles;

/// <summary>One customer's partner profile for one wish: the current value of every slot and its history.</summary>
public sealed class PartnerProfile
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string Locale { get; set; } = "de-DE";

    /// <summary>Where the interview stands: see <see cref="ProfileStatus"/>.</summary>
    public string Status { get; set; } = ProfileStatus.InProgress;
    public bool Completed => Status == ProfileStatus.Completed;

    /// <summary>The owner's follow-up: see <see cref="FollowUpStatus"/>.</summary>
    public string FollowUp { get; set; } = FollowUpStatus.New;

    public string? Name { get; set; }
    public string? Wish { get; set; }
    public string? Vision { get; set; }
    public TimeframeValue? Timeframe { get; set; }
    public BudgetValue? Budget { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }
    public string? ConsentVersion { get; set; }

    /// <summary>The Bot Framework conversation reference (JSON), so the owner can reply later.</summary>
    public string? ConversationReference { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Append-only entries, oldest first. Filled when the profile is read with its entries.</summary>
    public List<ProfileEntry> Entries { get; init; } = [];

    /// <summary>A copy of the profile's own fields, without entries.</summary>
    public PartnerProfile CloneHeader() => new()
    {
        Id = Id, UserId = UserId, ChannelId = ChannelId, ConversationId = ConversationId, Locale = Locale,
        Status = Status, FollowUp = FollowUp, Name = Name, Wish = Wish, Vision = Vision, Timeframe = Timeframe,
        Budget = Budget, Email = Email, Phone = Phone, ConsentAt = ConsentAt, ConsentVersion = ConsentVersion,
        ConversationReference = ConversationReference, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
    };
}
