using PartnerBot.Owner.Handoff;

namespace PartnerBot.Owner.Pages.Live;

/// <summary><c>/owner/live</c>: "Wartet auf Sie", the customers who asked for a person and the chats being held; it updates itself by Server-Sent Events.</summary>
public sealed class IndexModel(IHandoffStore store, OpeningHours hours) : OwnerPageModel
{
    public IReadOnlyList<HandoffChat> Open { get; private set; } = [];
    public bool IsOpen { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Open = await store.OpenAsync(cancellationToken);
        IsOpen = hours.IsOpen();
    }
}
