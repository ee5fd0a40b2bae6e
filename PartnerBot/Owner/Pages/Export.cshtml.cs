using Microsoft.AspNetCore.Mvc;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Exports;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner/export?format=csv|csv-semicolon|json</c> with the inbox's filters: the matching profiles as a download.</summary>
public sealed class ExportModel(ProfileLoader loader, Interview.Questions.Questionnaire questions, OwnerClock clock, TimeProvider time) : OwnerPageModel
{
    public async Task<IActionResult> OnGetAsync(string? format, string? q, string? status, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var query = InboxQuery.Create(q, status, from, to, clock);
        var profiles = await loader.LoadAsync(query, withEntries: format == ExportFormat.Json, cancellationToken);
        var file = ExportFormat.Create(format, profiles, questions, clock.ToLocal, time.GetUtcNow());
        return File(file.Content, file.ContentType, file.FileName);
    }
}
