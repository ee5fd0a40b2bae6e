using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Handoff;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Pages.Live;

/// <summary><c>/owner/live/chat/{id}</c>: one chat's transcript so far with the profile beside it; take over, write, hand back, end.</summary>
/// <remarks>Every action is a POST with the antiforgery token; the page's script sends them by <c>fetch</c> (answered with a status
/// code), without script the forms work as they are (answered with a redirect). A staff member sees only waiting chats and their own.</remarks>
public sealed class ChatModel(
    IHandoffStore store, HandoffDesk desk, HandoffWording wording, TranscriptReader transcripts, IProfileStore profiles,
    Interview.Questions.Questionnaire questions) : OwnerPageModel
{
    public const int MaxTextLength = 4000;

    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? Text { get; set; }

    public HandoffChat Chat { get; private set; } = null!;
    public HandoffHolder Me { get; private set; } = null!;
    public IReadOnlyList<TranscriptLine> Transcript { get; private set; } = [];
    public PartnerProfile? Profile { get; private set; }
    public IReadOnlyList<SlotRow> Slots { get; private set; } = [];
    public bool Holding => Chat.Status == HandoffStatus.Held && Chat.HolderId == Me.Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Transcript = await transcripts.ReadAsync(Chat.ChannelId, Chat.ConversationId, cancellationToken);
        var userId = JsonConvert.DeserializeObject<ConversationReference>(Chat.Reference)?.User?.Id;
        if (userId is not null && await profiles.FindIdsByCustomerAsync(Chat.ChannelId, userId, cancellationToken) is { Count: > 0 } ids && ids[^1] is { } profileId)
        {
            Profile = await profiles.GetAsync(profileId, cancellationToken);
            Slots = Profile is null ? [] : ProfileSlots.For(questions, Profile, T);
        }

        return Page();
    }

    public Task<IActionResult> OnPostTakeOverAsync(CancellationToken cancellationToken) =>
        ActAsync((id, me, ct) => desk.TakeOverAsync(id, me, ct), cancellationToken);

    public Task<IActionResult> OnPostHandBackAsync(CancellationToken cancellationToken) =>
        ActAsync((id, me, ct) => desk.HandBackAsync(id, me, ct), cancellationToken, "/owner/live");

    public Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken) =>
        ActAsync((id, me, ct) => desk.EndAsync(id, me, ct), cancellationToken, "/owner/live");

    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        var text = Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        return ActAsync((id, me, ct) => desk.SendAsync(id, me, text, ct), cancellationToken);
    }

    public async Task<IActionResult> OnPostTypingAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await desk.TypingAsync(Id, Me, cancellationToken);
        return StatusCode(StatusCodes.Status204NoContent);
    }

    private async Task<IActionResult> ActAsync(Func<string, HandoffHolder, CancellationToken, Task<HandoffChange>> act, CancellationToken cancellationToken, string? after = null)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var change = await act(Id, Me, cancellationToken);
        if (Request.Headers["X-Requested-With"] == "fetch")
        {
            return change switch { HandoffChange.Done => StatusCode(StatusCodes.Status204NoContent), HandoffChange.NotFound => NotFound(), _ => StatusCode(StatusCodes.Status409Conflict) };
        }

        return change == HandoffChange.NotFound ? NotFound() : LocalRedirect(change == HandoffChange.Done && after is not null ? after : $"/owner/live/chat/{Id}");
    }

    /// <summary>Loads the chat and who asks; a refusal when there is no such chat or it is another staff member's.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.GetAsync(Id, cancellationToken) is not { } chat)
        {
            return NotFound();
        }

        Chat = chat;
        Me = HandoffHolder.Of(User, wording.OwnerName(chat.Locale));
        var mine = Me.Id == HandoffChat.OwnerHolder || chat.Status == HandoffStatus.Waiting || chat.HolderId == Me.Id;
        return mine ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
