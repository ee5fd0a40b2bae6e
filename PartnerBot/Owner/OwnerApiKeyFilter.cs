using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner;

/// <summary>Guards <c>/api/owner/*</c> with <c>Authorization: Bearer &lt;Owner:ApiKey&gt;</c>; without a configured key the API is off.</summary>
public sealed class OwnerApiKeyFilter(IOptionsMonitor<OwnerOptions> options) : IEndpointFilter
{
    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        var key = options.CurrentValue.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return Results.Problem(
                detail: "The owner API is off: no Owner:ApiKey is configured.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(detail: "A valid owner API key is required (Authorization: Bearer <key>).", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
