using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PartnerBot.WebChat;

namespace PartnerBot.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on every public route, partitioned per client address (<see cref="ClientAddress"/>):
/// a light limit on everything, tighter named policies on what creates or sends, and 429 with <c>Retry-After</c>.
/// </summary>
public static class PublicRateLimits
{
    /// <summary>The policy of <c>POST /api/messages</c>.</summary>
    public const string Messages = "partnerbot-messages";

    /// <summary>The policy of the dashboard's sign-in form.</summary>
    public const string SignIn = "partnerbot-owner-signin";

    /// <summary>The policy of <c>/api/owner/*</c>.</summary>
    public const string OwnerApi = "partnerbot-owner-api";

    /// <summary>Installs the global limiter (every route per address, per conversation, new conversations per hour) and the named policies.</summary>
    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = OnRejectedAsync;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(EveryRoute),
            PartitionedRateLimiter.Create<HttpContext, string>(WebChatRateLimits.PerConversation),
            PartitionedRateLimiter.Create<HttpContext, string>(WebChatRateLimits.NewConversations));
        limiter.AddPolicy(Messages, http => PerAddressPerMinute(http, "messages", Options(http).MessagesPerAddressPerMinute));
        limiter.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
            ? PerAddressPerMinute(http, "signin", Options(http).SignInsPerAddressPerMinute)
            : RateLimitPartition.GetNoLimiter("unlimited"));
        limiter.AddPolicy(OwnerApi, http => PerAddressPerMinute(http, "owner-api", Options(http).OwnerApiPerAddressPerMinute));
    }

    /// <summary>A fixed one-minute window of <paramref name="permits"/> per client address, named by <paramref name="name"/>.</summary>
    public static RateLimitPartition<string> PerAddressPerMinute(HttpContext http, string name, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(name + ":" + ClientAddress.PartitionKey(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static RateLimitPartition<string> EveryRoute(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/healthz") || WebChatRateLimits.IsLiveRead(http.Request)
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : PerAddressPerMinute(http, "all", Options(http).RequestsPerAddressPerMinute);

    private static RateLimitOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (WebChatRateLimits.IsWebChatPath(http.Request.Path))
        {
            await WebChatRateLimits.RejectAsync(http, seconds);
            return;
        }

        await Results.Problem(detail: $"Too many requests; try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }
}
