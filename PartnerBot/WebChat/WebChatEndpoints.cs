using Microsoft.Extensions.Options;
using PartnerBot.Bots;

namespace PartnerBot.WebChat;

/// <summary>The page at <c>/</c>, <c>/embed.js</c>, the settings the embed reads, and the token exchange.</summary>
public static class WebChatEndpoints
{
    /// <summary>Where the browser gets a token: the local channel's, or Azure's through the server when a Direct Line secret is configured.</summary>
    public const string TokenPath = "/api/webchat/token";

    /// <summary>The settings for the embed (JSON).</summary>
    public const string SettingsPath = "/api/webchat/settings";

    /// <summary>Maps the page, the embed script, the settings and the token exchange.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request, IOptions<WebChatOptions> options, IOptions<BotOptions> bot, WebChatTextCatalog catalog) =>
        {
            var settings = WebChatSettings.Create(request, PageLocale(request, request.Query["locale"], request.Query["lang"]), options.Value, bot.Value, catalog);
            var language = settings.Language;
            request.HttpContext.Response.Headers.ContentLanguage = language;
            request.HttpContext.Response.Headers.Vary = "Accept-Language";

            // Its absolute URLs come from the request's host: no shared cache may keep one host's copy for another.
            request.HttpContext.Response.Headers.CacheControl = "private, no-cache";
            return Results.Content(WebChatPage.Render(settings, catalog.For(language).NoScript), "text/html; charset=utf-8");
        });
        endpoints.MapGet("/embed.js", (WebChatAssets assets) => assets.File("embed.js"));
        endpoints.MapGet(SettingsPath, (HttpRequest request, string? locale, string? lang, IOptions<WebChatOptions> options, IOptions<BotOptions> bot, WebChatTextCatalog catalog) =>
            Results.Json(WebChatSettings.Create(request, PageLocale(request, locale, lang), options.Value, bot.Value, catalog)))
            .RequireCors(WebChatCors.PolicyName);
        endpoints.MapPost(TokenPath, ExchangeTokenAsync).RequireCors(WebChatCors.PolicyName).RequireRateLimiting(WebChatRateLimits.Policy);
        return endpoints;
    }

    /// <summary>The page's locale: <c>?locale=fr-CH</c> or <c>?lang=fr</c> when the bot speaks it, else the browser's language.</summary>
    private static string PageLocale(HttpRequest request, string? locale, string? lang) =>
        new[] { locale, lang }.FirstOrDefault(tag => Locales.LanguageOf(tag) is not null) ?? Locales.FromBrowser(request);

    private static async Task<IResult> ExchangeTokenAsync(HttpRequest request, IOptions<WebChatOptions> options, DirectLineTokenService tokens, IServiceProvider services)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (!options.Value.UsesAzureDirectLine)
        {
            var local = DirectLineEndpoints.IssueNewConversation(tokens, userName: null);
            local["domain"] = ChannelUrls.DirectLineDomain(request);
            return DirectLineJson.Json(local);
        }

        var azure = await services.GetRequiredService<AzureDirectLineClient>().GenerateTokenAsync(request.HttpContext.RequestAborted);
        if (azure is null)
        {
            return DirectLineJson.Error(StatusCodes.Status502BadGateway, "DirectLineUnavailable", "Azure Direct Line did not give a token; try again shortly.");
        }

        azure["domain"] = options.Value.DirectLineEndpoint.TrimEnd('/');
        return DirectLineJson.Json(azure);
    }
}
