namespace PartnerBot.Owner;

/// <summary>Security headers: <c>nosniff</c> everywhere; on the dashboard and the owner API also a strict CSP, no caching, no framing, no referrer.</summary>
public static class OwnerSecurityHeaders
{
    /// <summary>No script at all runs on the dashboard; styles only from our own file; forms only post back to us.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>The live dashboard's pages run one script, our own file (no inline script, no eval); the rest is as strict as everywhere.</summary>
    public const string LiveContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Adds the headers to every response before it starts.</summary>
    public static IApplicationBuilder UseOwnerSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (IsOwnerPath(context.Request.Path))
            {
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/owner/live", StringComparison.OrdinalIgnoreCase)
                    ? LiveContentSecurityPolicy
                    : ContentSecurityPolicy;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>True for <c>/owner…</c> and <c>/api/owner…</c>.</summary>
    public static bool IsOwnerPath(PathString path) =>
        path.StartsWithSegments("/owner", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/owner", StringComparison.OrdinalIgnoreCase);
}
