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

    /// <summary>The answers, one per field of the interview's questions.</summary>
    public ProfileAnswers Answers { get; set; } = new();

    // The fields the product itself acts on (greeting by name, contact links, notifications) by name; lists of fields loop over the questions.
    public string? Name { get => Answers.Text("name"); set => Answers.SetText("name", value); }
    public string? Wish { get => Answers.Text("wish"); set => Answers.SetText("wish", value); }
    public string? Vision { get => Answers.Text("vision"); set => Answers.SetText("vision", value); }
    public TimeframeValue? Timeframe { get => Answers.Get<TimeframeValue>("timeframe"); set => Answers.Set("timeframe", value); }
    public BudgetValue? Budget { get => Answers.Get<BudgetValue>("budget"); set => Answers.Set("budget", value); }
    public string? Email { get => Answers.Text("email"); set => Answers.SetText("email", value); }
    public string? Phone { get => Answers.Text("phone"); set => Answers.SetText("phone", value); }

    public DateTimeOffset? ConsentAt { get; set; }
    public string? ConsentVersion { get; set; }

    /// <summary>The Bot Framework conversation reference (JSON), so the owner can reply later.</summary>
    public string? ConversationReference { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What the customer asked of the business itself, oldest first (see <see cref="ProfileRequest"/>).</summary>
    public List<ProfileRequest> Requests { get; set; } = [];

    /// <summary>Append-only entries, oldest first. Filled when the profile is read with its entries.</summary>
    public List<ProfileEntry> Entries { get; init; } = [];

    /// <summary>A copy of the profile's own fields, without entries.</summary>
    public PartnerProfile CloneHeader() => new()
    {
        Id = Id, UserId = UserId, ChannelId = ChannelId, ConversationId = ConversationId, Locale = Locale,
        Status = Status, FollowUp = FollowUp, Answers = Answers.Clone(), ConsentAt = ConsentAt, ConsentVersion = ConsentVersion,
        ConversationReference = ConversationReference, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Requests = [.. Requests],
    };
}
