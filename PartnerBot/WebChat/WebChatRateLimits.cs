using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary>
/// Rate limits on what creates or sends (tokens, conversation starts, activities, uploads): per client IP and per conversation,
/// answered with 429 and <c>Retry-After</c>. Polling and resuming are not limited: DirectLineJS stops polling for good on a 429.
/// </summary>
public static class WebChatRateLimits
{
    /// <summary>Installs the chained per-IP and per-conversation limiter as the global limiter (it lets every other request through).</summary>
    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = OnRejectedAsync;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(PerIp),
            PartitionedRateLimiter.Create<HttpContext, string>(PerConversation));
    }

    private static RateLimitPartition<string> PerIp(HttpContext http)
    {
        if (!IsLimited(http.Request))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var permits = http.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.RequestsPerIpPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(permits));
    }

    private static RateLimitPartition<string> PerConversation(HttpContext http)
    {
        if (!IsLimited(http.Request) || ConversationOfSend(http.Request.Path) is not { } conversationId)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var permits = http.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.ActivitiesPerConversationPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter("conversation:" + conversationId, _ => Window(permits));
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

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

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await DirectLineJson.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; try again in {seconds} seconds.")
            .ExecuteAsync(context.HttpContext);
    }
}
