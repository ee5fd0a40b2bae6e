using PartnerBot.Interview.Questions;
using PartnerBot.Privacy;
using PartnerBot.Profiles;

namespace PartnerBot.Owner;

/// <summary><c>/api/owner/profiles</c>: the owners' JSON API to read, search and erase partner profiles.</summary>
public static class OwnerApiEndpoints
{
    private const int MaxPageSize = 200;

    /// <summary>Maps the owner API behind the API key.</summary>
    public static IEndpointRouteBuilder MapOwnerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/owner").RequireRateLimiting(Hosting.PublicRateLimits.OwnerApi).AddEndpointFilter<OwnerApiKeyFilter>();
        api.MapGet("/profiles", ListAsync);
        api.MapGet("/profiles/{id}", GetAsync);
        api.MapDelete("/profiles/{id}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        IProfileStore store, Questionnaire questions, string? status, string? followUp, string? q, DateTimeOffset? since, DateTimeOffset? until, int? skip, int? take, CancellationToken cancellationToken)
    {
        if (status is not null && !ProfileStatus.All.Contains(status))
        {
            return Results.Problem(detail: $"status must be one of: {string.Join(", ", ProfileStatus.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (followUp is not null && !FollowUpStatus.All.Contains(followUp))
        {
            return Results.Problem(detail: $"followUp must be one of: {string.Join(", ", FollowUpStatus.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var query = new ProfileQuery
        {
            Status = status,
            FollowUp = followUp,
            Text = q,
            Since = since,
            Until = until,
            Skip = Math.Max(0, skip ?? 0),
            Take = Math.Clamp(take ?? 50, 1, MaxPageSize),
        };
        var page = await store.QueryAsync(query, cancellationToken);
        var items = new List<System.Text.Json.Nodes.JsonObject>(page.Items.Count);
        foreach (var header in page.Items)
        {
            // The list carries each profile's entries, so an owner sees every answer without a second call.
            var full = await store.GetAsync(header.Id, cancellationToken);
            items.Add(OwnerProfileView.From(questions, full ?? header));
        }

        return Results.Ok(new OwnerProfilePage(items, page.Total, query.Skip, query.Take));
    }

    private static async Task<IResult> GetAsync(IProfileStore store, Questionnaire questions, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } profile
            ? Results.Ok(OwnerProfileView.From(questions, profile))
            : Results.Problem(detail: "No such profile.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> DeleteAsync(ICustomerDataEraser eraser, string id, CancellationToken cancellationToken) =>
        await eraser.EraseProfileAsync(id, cancellationToken)
            ? Results.NoContent()
            : Results.Problem(detail: "No such profile.", statusCode: StatusCodes.Status404NotFound);
}
