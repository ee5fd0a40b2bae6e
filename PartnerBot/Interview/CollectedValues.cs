using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The current value of every slot in one interview.</summary>
public sealed class CollectedValues
{
    public string? Name { get; set; }
    public string? Wish { get; set; }
    public string? Vision { get; set; }
    public TimeframeValue? Timeframe { get; set; }
    public BudgetValue? Budget { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>True when the slot (a <see cref="SlotNames"/> value) has a value; the contact slot is filled by e-mail or phone.</summary>
    public bool Has(string slot) => slot switch
    {
        SlotNames.Name => Name is not null,
        SlotNames.Wish => Wish is not null,
        SlotNames.Vision => Vision is not null,
        SlotNames.Timeframe => Timeframe is not null,
        SlotNames.Budget => Budget is not null,
        SlotNames.Contact => Email is not null || Phone is not null,
        SlotNames.Email => Email is not null,
        SlotNames.Phone => Phone is not null,
        _ => false,
    };

    /// <summary>Copies the values into a profile's fields.</summary>
    public void CopyTo(PartnerProfile profile)
    {
        profile.Name = Name;
        profile.Wish = Wish;
        profile.Vision = Vision;
        profile.Timeframe = Timeframe;
        profile.Budget = Budget;
        profile.Email = Email;
        profile.Phone = Phone;
    }

    /// <summary>The values a stored profile holds.</summary>
    public static CollectedValues From(PartnerProfile profile) => new()
    {
        Name = profile.Name,
        Wish = profile.Wish,
        Vision = profile.Vision,
        Timeframe = profile.Timeframe,
        Budget = profile.Budget,
        Email = profile.Email,
        Phone = profile.Phone,
    };
}
