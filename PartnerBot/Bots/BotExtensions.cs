using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace PartnerBot.Bots;

/// <summary>Registers the Bot Framework adapter, its authentication and the bot.</summary>
public static class BotExtensions
{
    /// <summary>Registers the adapter (channel authentication from <c>MicrosoftApp*</c>), the error handler and the bot.</summary>
    public static IServiceCollection AddPartnerBotBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .PostConfigure<IServiceProvider>((options, sp) => options.AllowUnauthenticatedMessages ??= sp.GetService<IHostEnvironment>()?.IsDevelopment() ?? false)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MicrosoftAppOptions>().BindConfiguration(MicrosoftAppOptions.SectionName);
        services.AddHttpClient(ConnectorHttpClients.Name).ConfigurePrimaryHttpMessageHandler(ConnectorHttpClients.CreateHandler);
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: new ConnectorHttpClients(sp.GetRequiredService<IHttpClientFactory>()),
                logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>())));
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<PartnerBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<PartnerBotAdapter>());
        services.AddSingleton<IBot, PartnerBotHandler>();
        services.AddSingleton<TurnWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnWarmup>());
        return services;
    }
}
