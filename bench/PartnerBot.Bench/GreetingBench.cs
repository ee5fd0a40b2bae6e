using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace PartnerBot.Bench;

/// <summary>Time to greeting: a visitor on a business's page clicks the embed's chat button; measured in the page from the click
/// to the first bot message shown, in a fresh browser context each time (nothing cached), with Debian's Chromium via Playwright.</summary>
/// <remarks><c>greeting [--opens 50] [--configuration Release] [--hover-ms 0 | --touch-ms 100] [--returning] [--out bench/results]</c>. <c>--hover-ms</c>
/// rests the pointer on the button that long before the click, as a person does; <c>--touch-ms</c> taps it on a phone-sized touch
/// screen, the finger that long on the glass. <c>--returning</c> is a returning visitor: every open
/// is a new tab (a new conversation) in one browser profile, whose HTTP cache and compiled-code cache the earlier opens filled.</remarks>
internal static class GreetingBench
{
    private static readonly string[] MainThreadMetrics = ["ThreadTime", "ProcessTime", "ScriptDuration", "V8CompileDuration", "TaskDuration", "LayoutDuration", "RecalcStyleDuration"];

    public static async Task<int> RunAsync(string[] args)
    {
        var opens = Option(args, "--opens", 50);
        var press = GreetingPress.FromArgs(Option(args, "--hover-ms", 0), Option(args, "--touch-ms", -1));
        var returning = args.Contains("--returning");
        var configuration = OptionText(args, "--configuration") ?? "Release";
        var root = RepositoryRoot.Find();
        var output = Path.Combine(root, OptionText(args, "--out") ?? Path.Combine("bench", "results"));
        var dll = Path.Combine(root, "PartnerBot", "bin", configuration, "net10.0", "PartnerBot.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Build PartnerBot first ({dll} is missing): dotnet build -c {configuration} PartnerBot");
            return 2;
        }

        var chromium = Environment.GetEnvironmentVariable("PARTNERBOT_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var data = Directory.CreateTempSubdirectory("partnerbot-greeting-");
        await using var server = await ServerProcess.StartAsync(dll, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["ConnectionStrings__PartnerBot"] = $"Data Source={Path.Combine(data.FullName, "partnerbot.db")}",
            ["Owner__ApiKey"] = "bench-" + Guid.NewGuid().ToString("N"),
            ["WebChat__RequestsPerIpPerMinute"] = "100000",
            ["RateLimits__RequestsPerAddressPerMinute"] = "1000000",
            ["RateLimits__ConversationsPerAddressPerHour"] = "100000",
        });
        var origin = server.BaseAddress.ToString().TrimEnd('/');
        // The business's page on a loopback origin of its own (cross-origin, like a real embed; loopback both, so Chromium's
        // local-network rules treat them alike).
        var html = $"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei</title></head><body><h1>Unsere Brötchen</h1><script src="{origin}/embed.js" async></script></body></html>""";
        var siteBuilder = WebApplication.CreateSlimBuilder();
        siteBuilder.Logging.ClearProviders();
        siteBuilder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await using var site = siteBuilder.Build();
        site.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await site.StartAsync();
        var siteUrl = site.Urls.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        // Two opens that are not counted: the server's JIT and Chromium's first start (and, for a returning visitor, the visits that
        // fill the caches).
        var times = new List<double>();
        await using var profile = returning ? await NewContextAsync(browser, press) : null;
        for (var i = -2; i < opens; i++)
        {
            var ms = await OpenOnceAsync(profile ?? await NewContextAsync(browser, press), siteUrl, press, ownsContext: profile is null);
            if (i >= 0)
            {
                times.Add(ms);
            }
        }

        Directory.CreateDirectory(output);
        var report = GreetingReport.Render(times, configuration, press, returning);
        await File.WriteAllTextAsync(Path.Combine(output, $"greeting{press.FileSuffix}{(returning ? "-returning" : "")}.md"), report);
        Console.WriteLine(report);
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, GreetingPress press)
    {
        var context = await browser.NewContextAsync(press.ContextOptions());
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(GreetingProbe.Script.Replace("BUBBLES", GreetingProbe.BotBubbles, StringComparison.Ordinal));
        return context;
    }

    private static async Task<double> OpenOnceAsync(IBrowserContext context, string siteUrl, GreetingPress press, bool ownsContext)
    {
        try
        {
            var page = await context.NewPageAsync();
            try
            {
                return await OpenAsync(context, page, siteUrl, press);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        finally
        {
            if (ownsContext)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task<double> OpenAsync(IBrowserContext context, IPage page, string siteUrl, GreetingPress press)
    {
        var log = new List<string>();
        page.Console += (_, message) => log.Add($"{message.Type}: {message.Text}");
        page.RequestFailed += (_, request) => log.Add($"failed: {request.Url} {request.Failure}");
        await page.GotoAsync(siteUrl);
        var button = page.Locator(".partnerbot-embed-button");
        try
        {
            await button.WaitForAsync();
        }
        catch (TimeoutException exception)
        {
            throw new InvalidOperationException("The chat button did not appear. Browser: " + string.Join(Environment.NewLine, log), exception);
        }

        await press.BeforeAsync(context, page, button);
        var detail = Environment.GetEnvironmentVariable("PARTNERBOT_GREETING_DETAIL") == "1";
        var devTools = detail ? await context.NewCDPSessionAsync(page) : null;
        if (devTools is not null)
        {
            await devTools.SendAsync("Performance.enable");
        }

        var before = devTools is null ? null : await MetricsAsync(devTools);
        // PARTNERBOT_GREETING_PROFILE=<folder>: the renderer's CPU profile from the click to the greeting, one .cpuprofile per open
        // (DevTools' Performance panel opens it), to see which scripts' functions the main thread runs.
        var profiles = Environment.GetEnvironmentVariable("PARTNERBOT_GREETING_PROFILE");
        if (devTools is not null && profiles is not null)
        {
            await devTools.SendAsync("Profiler.enable");
            await devTools.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 200 });
            await devTools.SendAsync("Profiler.start");
        }

        await press.ClickAsync(button);
        await page.WaitForFunctionAsync("() => window.__greeting.shown > 0");
        if (devTools is not null && profiles is not null)
        {
            var profile = await devTools.SendAsync("Profiler.stop");
            Directory.CreateDirectory(profiles);
            await File.WriteAllTextAsync(Path.Combine(profiles, $"greeting-{DateTime.UtcNow:HHmmssfff}.cpuprofile"), profile!.Value.GetProperty("profile").GetRawText());
        }

        if (devTools is not null && before is not null)
        {
            // The renderer's main thread from the click to the greeting, in CPU time: on a busy machine the wall clock mostly
            // measures the other processes, this does not.
            var after = await MetricsAsync(devTools);
            Console.WriteLine(string.Join(", ", MainThreadMetrics.Select(name => string.Create(CultureInfo.InvariantCulture, $"{name} {(after[name] - before[name]) * 1000:F0} ms"))));
        }

        if (detail)
        {
            // Where the time goes: each request after the click, relative to it.
            Console.WriteLine(await page.EvaluateAsync<string>("""
                () => performance.getEntriesByType('resource').filter(e => e.responseEnd > window.__greeting.click - 1000)
                  .map(e => `${(e.startTime - window.__greeting.click).toFixed(0)}..${(e.responseEnd - window.__greeting.click).toFixed(0)} ms ${e.name.replace(/\?.*$/, '')}`)
                  .join('\n') + '\n' + Object.entries(window.__greeting).filter(([k]) => k !== 'click').sort((a, b) => a[1] - b[1])
                  .map(([k, t]) => `${(t - window.__greeting.click).toFixed(0)} ms ${k}`).join('\n')
                """));
        }

        return await page.EvaluateAsync<double>("() => window.__greeting.shown - window.__greeting.click");
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession devTools)
    {
        var result = await devTools.SendAsync("Performance.getMetrics");
        return result!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
