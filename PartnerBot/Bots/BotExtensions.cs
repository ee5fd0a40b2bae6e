using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace PartnerBot.Bots;

/// <summary>Registers the bot, its options and the channel authentication (the adapter and its middleware: <see cref="TurnPipelineExtensions"/>).</summary>
public static class BotExtensions
{
    /// <summary>Registers the channel authentication (from <c>MicrosoftApp*</c>), the bot and its warm-up.</summary>
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
        services.AddSingleton<IBot, PartnerBotHandler>();
        services.AddHostedService<ExampleSettingsCheck>();
        services.AddSingleton<TurnWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnWarmup>());
        return services;
    }
}
