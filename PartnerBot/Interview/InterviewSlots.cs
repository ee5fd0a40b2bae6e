using PartnerBot.Understanding;

namespace PartnerBot.Interview;

/// <summary>The interview's questions, in the order they are asked. Adding a question is one entry here plus its wording.</summary>
public static class InterviewSlots
{
    public static readonly IReadOnlyList<SlotDefinition> All =
    [
        new(SlotNames.Name, Required: false),
        new(SlotNames.Wish, Required: true),
        new(SlotNames.Vision, Required: false),
        new(SlotNames.Timeframe, Required: false),
        new(SlotNames.Budget, Required: false),
        new(SlotNames.Contact, Required: true),
    ];

    /// <summary>The definition of a slot, or null for an unknown name.</summary>
    public static SlotDefinition? Find(string? name) => All.FirstOrDefault(s => s.Name == name);
}
