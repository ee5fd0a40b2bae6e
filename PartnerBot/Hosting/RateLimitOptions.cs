using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Hosting;

/// <summary>How much one client address may ask of the public routes; sized so a busy small-business site never meets them and a flood does.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per address per minute on every route (the page, <c>/embed.js</c>, the settings, the dashboard); live chat streams and polls excepted.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerAddressPerMinute { get; set; } = 600;

    /// <summary>Activities per address per minute on <c>POST /api/messages</c> (Azure Bot Service sends many customers' turns from few addresses).</summary>
    [Range(1, 1_000_000)]
    public int MessagesPerAddressPerMinute { get; set; } = 600;

    /// <summary>New website conversations (tokens for a new chat) per address per hour; the bound on fake leads.</summary>
    [Range(1, 100_000)]
    public int ConversationsPerAddressPerHour { get; set; } = 60;

    /// <summary>Sign-in attempts (form posts) per address per minute on <c>/owner/signin</c>.</summary>
    [Range(1, 10_000)]
    public int SignInsPerAddressPerMinute { get; set; } = 10;

    /// <summary>Requests per address per minute on <c>/api/owner/*</c>.</summary>
    [Range(1, 100_000)]
    public int OwnerApiPerAddressPerMinute { get; set; } = 120;
}
