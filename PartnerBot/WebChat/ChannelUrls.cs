namespace PartnerBot.WebChat;

/// <summary>The absolute URLs the channel hands out, built from the request (and, for the browser's URLs, a proxy's <c>X-Forwarded-*</c>).</summary>
public static class ChannelUrls
{
    /// <summary>The bot's <c>serviceUrl</c>: this server's origin with a trailing slash (the Connector client appends <c>v3/…</c>).</summary>
    /// <remarks>Taken from the connection itself, not from forwarded headers: the bot calls it server to server.</remarks>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>The origin as the browser sees it.</summary>
    public static string PublicOrigin(HttpRequest request)
    {
        var scheme = First(request.Headers["X-Forwarded-Proto"]) is ("http" or "https") and var forwardedScheme ? forwardedScheme : request.Scheme;
        var host = First(request.Headers["X-Forwarded-Host"]) is { Length: > 0 } forwardedHost && HostString.FromUriComponent(forwardedHost).HasValue
            ? forwardedHost
            : request.Host.ToUriComponent();
        return $"{scheme}://{host}{request.PathBase}";
    }

    /// <summary>The Direct Line <c>domain</c> Web Chat is given.</summary>
    public static string DirectLineDomain(HttpRequest request) => PublicOrigin(request) + DirectLineEndpoints.Prefix;

    /// <summary>The WebSocket URL of a conversation's stream.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string streamToken, string? watermark)
    {
        var origin = PublicOrigin(request);
        var socketOrigin = origin.StartsWith("https://", StringComparison.Ordinal) ? "wss://" + origin[8..] : "ws://" + origin[7..];
        var url = $"{socketOrigin}{DirectLineEndpoints.Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : values[0]?.Split(',')[0].Trim();
}
