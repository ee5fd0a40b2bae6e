using Microsoft.Extensions.Options;
using PartnerBot.Owner;
using PartnerBot.WebChat;

namespace PartnerBot.Hosting;

/// <summary>The website page's headers: a CSP that lets Web Chat run and nothing else, who may frame it, and no referrer beyond the origin.</summary>
public static class PageSecurityHeaders
{
    /// <summary>The page's CSP: scripts only from this site, connections to it (and Azure Direct Line when configured), framing by <c>Hosting:FrameAncestors</c>.</summary>
    public static string ContentSecurityPolicy(HostingOptions hosting, WebChatOptions webChat)
    {
        var connect = "'self'";
        if (webChat.UsesAzureDirectLine && Uri.TryCreate(webChat.DirectLineEndpoint, UriKind.Absolute, out var directLine))
        {
            // Web Chat talks to Azure over HTTPS and streams over a WebSocket on the same host.
            connect += $" {directLine.GetLeftPart(UriPartial.Authority)} wss://{directLine.Authority}";
        }

        var images = "'self' data: blob:";
        if (Uri.TryCreate(webChat.AvatarUrl, UriKind.Absolute, out var avatar) && avatar.Scheme is "http" or "https")
        {
            images += " " + avatar.GetLeftPart(UriPartial.Authority);
        }

        // Web Chat injects its styles at run time, so styles need 'unsafe-inline'; scripts do not.
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {images}; font-src 'self' data:; " +
            $"connect-src {connect}; media-src 'self' blob: data:; frame-ancestors {hosting.FrameAncestorsSource}; " +
            "form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    /// <summary>Adds the headers to the page at <c>/</c> (and every other non-owner response gets <c>Referrer-Policy</c>).</summary>
    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app)
    {
        var hosting = app.ApplicationServices.GetRequiredService<IOptions<HostingOptions>>().Value;
        var webChat = app.ApplicationServices.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var policy = ContentSecurityPolicy(hosting, webChat);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (!OwnerSecurityHeaders.IsOwnerPath(context.Request.Path))
                {
                    var headers = context.Response.Headers;
                    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                    if (context.Request.Path == "/" || (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ?? false))
                    {
                        headers.ContentSecurityPolicy = policy;
                    }
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
