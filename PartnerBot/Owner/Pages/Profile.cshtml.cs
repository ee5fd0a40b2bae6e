using Microsoft.AspNetCore.Mvc;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/profiles/{id}</c>: every slot with the customer's words, the entry timeline, the transcript, notes, follow-up status and a reply.</summary>
public sealed class ProfileModel(IProfileStore profiles, Interview.Questions.Questionnaire questions, OwnerNotesStore notes, TranscriptReader transcripts, CustomerReply reply, TimeProvider time) : OwnerPageModel
{
    public const int MaxTextLength = 4000;

    /// <summary>The confirmations a redirect may show; anything else in <c>?done=</c> shows nothing.</summary>
    public static readonly IReadOnlyList<string> Confirmations = ["status", "note", "reply", "reply-failed", "empty"];

    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? FollowUp { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public PartnerProfile Profile { get; private set; } = null!;
    public IReadOnlyList<SlotRow> Slots { get; private set; } = [];
    public IReadOnlyList<OwnerNote> Notes { get; private set; } = [];
    public IReadOnlyList<TranscriptLine> Transcript { get; private set; } = [];
    public bool CanReply => !string.IsNullOrWhiteSpace(Profile.ConversationReference);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(Id, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        Slots = ProfileSlots.For(questions, profile, T);
        Notes = await notes.GetAsync(Id, cancellationToken);
        Transcript = await transcripts.ReadAsync(profile.ChannelId, profile.ConversationId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        if (FollowUp is null || !FollowUpStatus.All.Contains(FollowUp))
        {
            return BadRequest();
        }

        return await profiles.SetFollowUpAsync(Id, FollowUp, cancellationToken) ? Back("status") : NotFound();
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (Clean(Text) is not { } text)
        {
            return Back("empty");
        }

        await notes.AddAsync(Id, new OwnerNote(time.GetUtcNow(), text), cancellationToken);
        return Back("note");
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(Id, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        if (Clean(Text) is not { } text)
        {
            return Back("empty");
        }

        if (!await reply.SendAsync(profile, text, cancellationToken))
        {
            return Back("reply-failed");
        }

        await notes.AddAsync(Id, new OwnerNote(time.GetUtcNow(), text, IsReply: true), cancellationToken);
        return Back("reply");
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxTextLength ? trimmed[..MaxTextLength] : trimmed;
    }

    private RedirectToPageResult Back(string done) => RedirectToPage("/Profile", new { id = Id, done });
}
