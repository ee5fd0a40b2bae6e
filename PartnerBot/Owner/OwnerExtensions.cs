using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.RateLimiting;
using Polly;
using PartnerBot.Hosting;
using PartnerBot.Owner.Access;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Owner.Exports;
using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Notifications;
using PartnerBot.Owner.Wording;

namespace PartnerBot.Owner;

/// <summary>Registers and maps the owner's side: the dashboard, the JSON API, exports and notifications.</summary>
public static class OwnerExtensions
{
    /// <summary>Registers the owner services.</summary>
    public static IServiceCollection AddPartnerBotOwner(this IServiceCollection services)
    {
        services.AddOptions<OwnerOptions>().BindConfiguration(OwnerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OwnerApiKeyFilter>();
        services.AddOptions<Handoff.OpeningHoursOptions>().BindConfiguration(Handoff.OpeningHoursOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Handoff.OpeningHours>();
        services.AddPartnerBotHandoff();

        services.AddOwnerAuthentication();
        // Cookies must survive restarts and be readable by every instance: the key ring lives in the shared store.
        services.AddDataProtection().SetApplicationName("PartnerBot");
        services.AddOptions<KeyManagementOptions>().Configure<IStorage, IOptions<OwnerOptions>>((options, storage, owner) =>
        {
            var key = owner.Value.DataProtectionKey;
            options.XmlRepository = new StorageXmlRepository(storage, encrypted: !string.IsNullOrWhiteSpace(key));
            if (!string.IsNullOrWhiteSpace(key))
            {
                options.XmlEncryptor = new KeyRingEncryption(KeyRingEncryption.ParseKey(key));
            }
        });
        services.AddHostedService<KeyRingCheck>();
        // German text stays readable in the HTML source (ä, not &#xE4;); markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Owner/Pages";
            // Every page is the owner's except the live handoff's (Pages/Live), which staff may open too.
            options.Conventions.AddFolderApplicationModelConvention("/", page => page.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(
                page.ViewEnginePath.StartsWith("/Live/", StringComparison.Ordinal) ? OwnerAuthentication.LivePolicy : OwnerAuthentication.Policy)));
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AddPageApplicationModelConvention("/SignIn", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(PublicRateLimits.SignIn)));
        });

        // The durable transcript store comes with the storage provider; without it, the SDK's memory store.
        services.TryAddSingleton<ITranscriptStore, MemoryTranscriptStore>();
        services.AddSingleton<OwnerWordingCatalog>();
        services.AddSingleton<OwnerPassword>();
        services.AddSingleton<AddressThrottle>();
        services.AddSingleton<OwnerSignIn>();
        services.AddSingleton<OwnerSessions>();
        services.AddHostedService<OwnerPasswordInitializer>();
        services.AddSingleton<OwnerClock>();
        services.AddSingleton<OwnerNotesStore>();
        services.AddSingleton<ProfileLoader>();
        services.AddSingleton<TranscriptReader>();
        services.AddSingleton<CustomerReply>();
        services.AddSingleton<OwnerProfileEraser>();
        services.AddSingleton<PartnerBot.Privacy.ICustomerErasureHook, OwnerRecordsErasureHook>();
        services.AddSingleton<PartnerBot.Privacy.ICustomerDataDisclosure, OwnerNotesDisclosure>();

        // No HttpClient logging: its request lines carry the webhook URL, whose path is the webhook's secret.
        services.AddHttpClient(WebhookChannel.ClientName).RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Every connection is checked after DNS, so the webhook cannot be pointed into the bot's own network.
                ConnectCallback = (context, cancellationToken) => WebhookAddresses.ConnectAsync(
                    context.DnsEndPoint, sp.GetRequiredService<IOptionsMonitor<OwnerOptions>>().CurrentValue.NotifyWebhookAllowPrivateNetworks, cancellationToken),
            })
            .AddResilienceHandler("owner-webhook", pipeline =>
        {
            // Short retries within one delivery; the outbox's backoff covers longer outages.
            pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.FromSeconds(1), UseJitter = true });
            pipeline.AddTimeout(TimeSpan.FromSeconds(10));
        });
        services.AddSingleton<INotificationChannel, WebhookChannel>();
        services.AddSingleton<INotificationChannel, SmtpChannel>();
        services.AddSingleton<NotificationOutbox>();
        services.AddHostedService<NotificationWorker>();
        return services;
    }

    /// <summary>Maps the owner endpoints: the dashboard's pages and stylesheet, the JSON API and its exports.</summary>
    public static IEndpointRouteBuilder MapOwner(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOwnerApi();
        endpoints.MapOwnerExportApi();
        endpoints.MapRazorPages();
        endpoints.MapHandoff();
        endpoints.MapGet("/owner/assets/owner.css", () => Results.Stream(
            typeof(OwnerExtensions).Assembly.GetManifestResourceStream("PartnerBot.Owner.Assets.owner.css")!, "text/css; charset=utf-8"))
            .AllowAnonymous();
        return endpoints;
    }
}
