using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.WebChat;

/// <summary>The app on a real loopback Kestrel and Debian's Chromium driven by Playwright, with the steps a customer takes in Web Chat.</summary>
public sealed class ChatBrowser : IAsyncDisposable
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly List<string> _console = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private ChatBrowser(WebChatFactory factory) => Factory = factory;

    public WebChatFactory Factory { get; }

    public string BaseUrl { get; private set; } = "";

    public IPage Page { get; private set; } = null!;

    /// <summary>Starts the app on a free loopback port and opens a browser page in the locale (skips, or fails under CI, without Chromium).</summary>
    public static async Task<ChatBrowser> StartAsync(IReadOnlyDictionary<string, string?> settings, bool realBot, string locale = "de-DE", Action<IServiceCollection>? services = null)
    {
        var chromium = Requirements.Chromium();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var factory = new WebChatFactory(settings, realBot, services);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var browser = new ChatBrowser(factory)
        {
            BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'),
        };
        browser._playwright = await Playwright.CreateAsync();
        browser._browser = await browser._playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        var context = await browser._browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 900, Height = 1000 } });
        context.SetDefaultTimeout(30_000);
        browser.Page = await context.NewPageAsync();
        browser.Page.Console += (_, message) => browser._console.Add($"{message.Type}: {message.Text}");
        browser.Page.PageError += (_, error) => browser._console.Add($"page error: {error}");
        return browser;
    }

    /// <summary>What the page logged, for failure messages.</summary>
    public string ConsoleLog => string.Join(Environment.NewLine, _console);

    /// <summary>The bot's messages as shown.</summary>
    public async Task<IReadOnlyList<string>> BotMessagesAsync() => await Page.Locator(BotBubbles).AllInnerTextsAsync();

    /// <summary>Opens the page and waits for the bot's first message.</summary>
    public async Task OpenAsync()
    {
        await Page.GotoAsync(BaseUrl + "/");
        await WaitForBotMessagesAsync(1);
    }

    /// <summary>Waits until at least <paramref name="count"/> bot messages show.</summary>
    public Task WaitForBotMessagesAsync(int count) =>
        Page.WaitForFunctionAsync("([selector, count]) => document.querySelectorAll(selector).length >= count", new object[] { BotBubbles, count });

    /// <summary>Types a message, sends it, and waits until it is sent and a new bot message appeared.</summary>
    public async Task<string> SayAsync(string text)
    {
        var before = (await BotMessagesAsync()).Count;
        var input = Page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
        await WaitForBotMessagesAsync(before + 1);

        // The send counts as done once its POST returned (after the bot's whole turn) and its echo arrived.
        await Page.WaitForFunctionAsync("() => document.querySelectorAll('.webchat__activity-status--sending').length === 0");
        return (await BotMessagesAsync())[before];
    }

    /// <summary>Reloads the page and waits until the resumed conversation shows at least <paramref name="botMessages"/> bot messages.</summary>
    public async Task ReloadAsync(int botMessages)
    {
        await Page.ReloadAsync();
        await Page.WaitForSelectorAsync("#partnerbot-chat[data-partnerbot-resumed='true']");
        await WaitForBotMessagesAsync(botMessages);
    }

    /// <summary>Saves a screenshot to $PARTNERBOT_ARTIFACTS (or the temp folder); the docs' copy only when missing or PARTNERBOT_UPDATE_DOCS=1 (a test run should not dirty the repository).</summary>
    public async Task ScreenshotAsync(string name, bool alsoToDocs)
    {
        var artifacts = Environment.GetEnvironmentVariable("PARTNERBOT_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "partnerbot-artifacts");
        Directory.CreateDirectory(artifacts);
        var bytes = await Page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, name) });
        if (alsoToDocs && RepositoryRoot() is { } root)
        {
            var docs = Path.Combine(root, "docs", "webchat.png");
            if (!File.Exists(docs) || Environment.GetEnvironmentVariable("PARTNERBOT_UPDATE_DOCS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
                await File.WriteAllBytesAsync(docs, bytes);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerBot.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
