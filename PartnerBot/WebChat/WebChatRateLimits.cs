using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;

namespace PartnerBot.WebChat;

/// <summary>
/// The website channel's limits on ASP.NET Core's rate limiter: what creates or sends (tokens, conversation starts, activities,
/// uploads) per client address and per conversation, and new conversations per address per hour (the bound on fake leads).
/// Polling and resuming are not limited: DirectLineJS stops polling for good on a 429.
/// </summary>
public static class WebChatRateLimits
{
    /// <summary>The policy of the Direct Line routes and the token exchange.</summary>
    public const string Policy = "partnerbot-webchat";

    /// <summary>Adds <see cref="Policy"/>; the global limiter (<see cref="PublicRateLimits"/>) adds the per-conversation and per-hour limits.</summary>
    public static void Configure(RateLimiterOptions limiter) =>
        limiter.AddPolicy(Policy, http => IsLimited(http.Request)
            ? PublicRateLimits.PerAddressPerMinute(http, "webchat", Options(http).RequestsPerIpPerMinute)
            : RateLimitPartition.GetNoLimiter("unlimited"));

    /// <summary>Activities and uploads per conversation per minute.</summary>
    public static RateLimitPartition<string> PerConversation(HttpContext http)
    {
        if (!IsLimited(http.Request) || ConversationOfSend(http.Request.Path) is not { } conversationId)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var permits = Options(http).ActivitiesPerConversationPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter("conversation:" + conversationId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>Tokens for a new conversation per address: a burst of the hourly amount, then one as each share of the hour passes.</summary>
    public static RateLimitPartition<string> NewConversations(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method)
            || !(request.Path.StartsWithSegments(WebChatEndpoints.TokenPath) || request.Path.StartsWithSegments(DirectLineEndpoints.Prefix + "/tokens/generate")))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var perHour = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.ConversationsPerAddressPerHour;
        return RateLimitPartition.GetTokenBucketLimiter("new-conversations:" + ClientAddress.PartitionKey(http), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perHour,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromHours(1) / perHour,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>True for reads of a running chat (resume, poll, stream), which are never limited.</summary>
    public static bool IsLiveRead(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(DirectLineEndpoints.Prefix + "/conversations");

    /// <summary>True for the routes whose errors use the Direct Line error format.</summary>
    public static bool IsWebChatPath(PathString path) =>
        path.StartsWithSegments(DirectLineEndpoints.Prefix) || path.StartsWithSegments("/api/webchat");

    /// <summary>The 429 answer in the Direct Line error format.</summary>
    public static Task RejectAsync(HttpContext http, int seconds) =>
        DirectLineJson.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; try again in {seconds} seconds.").ExecuteAsync(http);

    private static WebChatOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value;

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments(DirectLineEndpoints.Prefix) || request.Path.StartsWithSegments(WebChatEndpoints.TokenPath));

    /// <summary>The conversation id of <c>/v3/directline/conversations/{id}/activities</c> or <c>…/upload</c>.</summary>
    private static string? ConversationOfSend(PathString path)
    {
        if (!path.StartsWithSegments(DirectLineEndpoints.Prefix + "/conversations", out var rest))
        {
            return null;
        }

        var segments = rest.Value?.Trim('/').Split('/') ?? [];
        return segments.Length == 2 && segments[1] is "activities" or "upload" ? segments[0] : null;
    }
}
