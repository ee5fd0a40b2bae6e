using System.ComponentModel.DataAnnotations;
using System.Net;

namespace PartnerBot.Hosting;

/// <summary>Where the app sits: which reverse proxies may tell it the client's address, and who may frame the website page.</summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string SectionName = "Hosting";

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed; empty = none.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies; <c>0.0.0.0/0</c> and <c>::/0</c> for a platform front end that is the only way in (App Service).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops are taken from <c>X-Forwarded-For</c>, right to left.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>The CSP <c>frame-ancestors</c> sources of the website page (<c>'self'</c>, <c>https://www.example.de</c>, <c>'none'</c>); empty = <c>'self'</c>.</summary>
    /// <remarks>Empty by default: configuration binding adds to an array's default entries rather than replacing them.</remarks>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>The sources as the header names them.</summary>
    public string FrameAncestorsSource => FrameAncestors.Length == 0 ? "'self'" : string.Join(' ', FrameAncestors);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownProxies entry '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownNetworks entry '{network}' is not a network such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }

        foreach (var source in FrameAncestors.Where(s => !IsSource(s)))
        {
            yield return new ValidationResult(
                $"Hosting:FrameAncestors entry '{source}' is not 'self', 'none' or an http(s) origin such as https://www.example.de.", [nameof(FrameAncestors)]);
        }
    }

    private static bool IsSource(string source) =>
        source is "'self'" or "'none'"
        || (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.PathAndQuery == "/" && !source.Contains(';') && !source.Contains(' '));
}
