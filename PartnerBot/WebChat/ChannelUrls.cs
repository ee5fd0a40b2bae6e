namespace PartnerBot.WebChat;

/// <summary>The absolute URLs the channel hands to the browser, built from the request's own scheme and host.</summary>
/// <remarks>Behind a proxy, ASP.NET Core's forwarded-headers middleware (configured for known proxies only) sets those; raw
/// <c>X-Forwarded-*</c> headers are never read here, so a client cannot make the page point elsewhere.</remarks>
public static class ChannelUrls
{
    /// <summary>The origin as the browser sees it.</summary>
    public static string PublicOrigin(HttpRequest request) => $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase}";

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
}
