using PartnerBot.Privacy;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Shows a customer the owner's notes on their profile and the replies sent to them, when they ask what is stored about them.</summary>
public sealed class OwnerNotesDisclosure(OwnerNotesStore notes) : ICustomerDataDisclosure
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<DisclosedItem>> DiscloseAsync(string profileId, CancellationToken cancellationToken) =>
        [.. (await notes.GetAsync(profileId, cancellationToken)).Select(n => new DisclosedItem(n.IsReply ? DisclosedItem.Reply : DisclosedItem.Note, n.At, n.Text))];
}
