using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Privacy;

namespace PartnerBot.WebChat;

/// <summary>Registers and maps the WebChat area: the page, the embed and the local Direct Line 3.0 channel.</summary>
public static class WebChatExtensions
{
    /// <summary>Registers the WebChat services, options (validated at start), CORS and rate limits.</summary>
    public static IServiceCollection AddPartnerBotWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .PostConfigure<IOptions<BotOptions>>((options, bot) => options.BusinessName = string.IsNullOrWhiteSpace(options.BusinessName) ? bot.Value.BusinessName : options.BusinessName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WebChatTextCatalog>();
        services.AddSingleton<WebChatAssets>();
        services.AddSingleton<WebChatCompression>();
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton(sp => new DirectLineTokenService(
            sp.GetRequiredService<IOptions<WebChatOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<DirectLineSigningKey>().Get));
        // The log comes with the storage provider (Storage/); without one, this process's memory.
        services.TryAddSingleton<IDirectLineLog, MemoryDirectLineLog>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<WebsiteChannel>();
        services.AddSingleton<IInProcessChannel>(sp => sp.GetRequiredService<WebsiteChannel>());
        services.AddSingleton<ICustomerErasureHook, WebChatErasureHook>();
        services.AddSingleton<DirectLineBot>();
        services.AddHostedService<DirectLineEvictionService>();
        services.AddHttpClient<AzureDirectLineClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<WebChatOptions>>((cors, options) => cors.AddPolicy(WebChatCors.PolicyName, policy => WebChatCors.Configure(policy, options.Value)));
        services.AddRateLimiter(WebChatRateLimits.Configure);
        return services;
    }

    /// <summary>The middleware the chat needs: WebSockets, CORS, rate limits, and its static files.</summary>
    public static WebApplication UsePartnerBotWebChat(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        var assets = app.Services.GetRequiredService<WebChatAssets>();
        if (assets.Available)
        {
            var compression = app.Services.GetRequiredService<WebChatCompression>();
            _ = compression.PrepareAsync();
            app.Use(async (context, next) =>
            {
                var path = context.Request.Path;
                var name = path.StartsWithSegments(WebChatAssets.RequestPath, out var rest) ? rest.Value?.TrimStart('/') : path == "/embed.js" ? "embed.js" : null;
                if (name is null || !await compression.TryServeAsync(context, name))
                {
                    await next(context);
                }
            });
            app.UseStaticFiles(assets.StaticFiles());
        }
        else
        {
            app.Logger.LogWarning("Web Chat's files are missing from {Directory}: build the project (it runs npm ci) so the page can show the chat.", assets.Directory);
        }

        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps the page, <c>/embed.js</c>, the token exchange and the Direct Line routes; the bot answers the local
    /// conversations in process, so no Connector routes (<c>/v3/conversations</c>) are offered.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebChatPage();
        endpoints.MapDirectLine();
        return endpoints;
    }
}
