using Microsoft.AspNetCore.Cors.Infrastructure;

namespace PartnerBot.WebChat;

/// <summary>CORS for the routes the embed calls from a business's own website: the Direct Line and the token exchange.</summary>
public static class WebChatCors
{
    /// <summary>The policy's name.</summary>
    public const string PolicyName = "PartnerBot.WebChat";

    /// <summary>Configures the policy: the configured origins (any when none), the headers DirectLineJS sends (found by the embed's browser test); no cookies are involved.</summary>
    public static void Configure(CorsPolicyBuilder policy, WebChatOptions options)
    {
        if (options.AllowedOrigins.Length == 0)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(options.AllowedOrigins);
        }

        // RxJS's ajax (inside DirectLineJS) also adds X-Requested-With to every request; without it the preflight fails.
        policy.WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST")
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }
}
