using PartnerBot.Interview.Questions;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Exports;

/// <summary><c>GET /api/owner/export.csv</c> and <c>/api/owner/export.json</c>: every matching profile as a file, behind the API key.</summary>
public static class OwnerExportEndpoints
{
    /// <summary>Maps the export endpoints behind the API key.</summary>
    public static IEndpointRouteBuilder MapOwnerExportApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/owner").RequireRateLimiting(Hosting.PublicRateLimits.OwnerApi).AddEndpointFilter<OwnerApiKeyFilter>();
        api.MapGet("/export.csv", (ProfileLoader loader, Questionnaire questions, OwnerClock clock, TimeProvider time, string? sep, string? status, string? followUp, string? q, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken) =>
            ExportAsync(loader, questions, clock, time, sep == ";" ? ExportFormat.CsvSemicolon : ExportFormat.Csv, status, followUp, q, since, until, cancellationToken));
        api.MapGet("/export.json", (ProfileLoader loader, Questionnaire questions, OwnerClock clock, TimeProvider time, string? status, string? followUp, string? q, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken) =>
            ExportAsync(loader, questions, clock, time, ExportFormat.Json, status, followUp, q, since, until, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        ProfileLoader loader, Questionnaire questions, OwnerClock clock, TimeProvider time, string format, string? status, string? followUp, string? q, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if ((status is not null && !ProfileStatus.All.Contains(status)) || (followUp is not null && !FollowUpStatus.All.Contains(followUp)))
        {
            return Results.Problem(detail: "status or followUp is not a known value.", statusCode: StatusCodes.Status400BadRequest);
        }

        var query = new ProfileQuery { Status = status, FollowUp = followUp, Text = q, Since = since, Until = until };
        var profiles = await loader.LoadAsync(query, withEntries: format == ExportFormat.Json, cancellationToken);
        var file = ExportFormat.Create(format, profiles, questions, clock.ToLocal, time.GetUtcNow());
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
