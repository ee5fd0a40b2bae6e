using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerBot.Tests.WebChat;

/// <summary>The app with the Memory store, the stand-in bot (unless the real one is wanted) and extra settings.</summary>
/// <remarks>The local channel's replies never leave the process, so no connector needs routing into the test server.</remarks>
public sealed class WebChatFactory(IReadOnlyDictionary<string, string?>? settings = null, bool realBot = false, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The warm-up would reach for the test server's connector while the factory still builds it (Bots/TurnWarmupTests test it).
        builder.UseSetting("Bot:WarmUpTurns", "false");
        builder.UseSetting("WebChat:TokenSigningKey", "test-signing-key-that-is-long-enough-0123456789");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            if (!realBot)
            {
                collection.RemoveAll<IBot>();
                collection.AddSingleton<IBot, GreetingEchoBot>();
            }

            services?.Invoke(collection);
        });
    }
}
