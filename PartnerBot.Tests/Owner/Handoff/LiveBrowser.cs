using Microsoft.Playwright;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>Debian's Chromium driven by Playwright with two pages of their own (separate cookies): a customer in the website's
/// Web Chat and a staff member in the live dashboard, each possibly on another instance.</summary>
public sealed class LiveBrowser : IAsyncDisposable
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

    public IPage Customer { get; private set; } = null!;

    public IPage Staff { get; private set; } = null!;

    /// <summary>What the pages logged, for failure messages.</summary>
    public string ConsoleLog => string.Join(Environment.NewLine, _console);

    /// <summary>Starts Chromium (skips, or fails under CI, without it) with the two pages.</summary>
    public static async Task<LiveBrowser> StartAsync()
    {
        var chromium = Requirements.Chromium();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var live = new LiveBrowser { _playwright = await Playwright.CreateAsync() };
        live._browser = await live._playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        live.Customer = await live.PageAsync("customer", 700);
        live.Staff = await live.PageAsync("staff", 1200);
        return live;
    }

    /// <summary>The bot's (and staff members') messages shown to the customer.</summary>
    public async Task<IReadOnlyList<string>> CustomerSeesAsync() => await Customer.Locator(BotBubbles).AllInnerTextsAsync();

    /// <summary>Waits until the customer sees at least <paramref name="count"/> messages from the business's side.</summary>
    public Task WaitForCustomerAsync(int count) =>
        Customer.WaitForFunctionAsync("([selector, count]) => document.querySelectorAll(selector).length >= count", new object[] { BotBubbles, count });

    /// <summary>The customer types and sends a message; returns once it was sent (its POST returned after the turn).</summary>
    public async Task CustomerSendsAsync(string text)
    {
        var input = Customer.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
        await Customer.WaitForFunctionAsync(
            "text => [...document.querySelectorAll('.webchat__bubble--from-user')].some(b => b.innerText.includes(text))", text);
        await Customer.WaitForFunctionAsync("() => document.querySelectorAll('.webchat__activity-status--sending').length === 0");
    }

    /// <summary>The customer sends a message and waits for <paramref name="replies"/> more messages from the business's side; returns them.</summary>
    public async Task<IReadOnlyList<string>> CustomerSaysAsync(string text, int replies = 1)
    {
        var before = (await CustomerSeesAsync()).Count;
        await CustomerSendsAsync(text);
        await WaitForCustomerAsync(before + replies);
        return [.. (await CustomerSeesAsync()).Skip(before)];
    }

    /// <summary>Signs the staff member in (to the live queue) and waits until its event stream is connected.</summary>
    public async Task StaffSignsInAsync(string baseUrl, string userName, string password)
    {
        await Staff.GotoAsync(baseUrl + "/owner/signin");
        await Staff.FillAsync("input[name='UserName']", userName);
        await Staff.FillAsync("input[name='Password']", password);
        await Staff.ClickAsync("button[type='submit']");
        await Staff.WaitForSelectorAsync("#live-queue[data-live='connected']");
    }

    /// <summary>Saves a screenshot of the staff page to $PARTNERBOT_ARTIFACTS (or the temp folder) and, when missing or with PARTNERBOT_UPDATE_DOCS=1, to docs/.</summary>
    public async Task ScreenshotStaffAsync(string name)
    {
        var artifacts = Environment.GetEnvironmentVariable("PARTNERBOT_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "partnerbot-artifacts");
        Directory.CreateDirectory(artifacts);
        var bytes = await Staff.ScreenshotAsync(new() { Path = Path.Combine(artifacts, name), FullPage = true });
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerBot.sln")))
            {
                var docs = Path.Combine(directory.FullName, "docs", name);
                if (!File.Exists(docs) || Environment.GetEnvironmentVariable("PARTNERBOT_UPDATE_DOCS") == "1")
                {
                    await File.WriteAllBytesAsync(docs, bytes);
                }

                return;
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
    }

    private async Task<IPage> PageAsync(string who, int width)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = width, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _console.Add($"{who} {message.Type}: {message.Text}");
        page.PageError += (_, error) => _console.Add($"{who} page error: {error}");
        return page;
    }
}
