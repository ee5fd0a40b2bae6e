using System.Globalization;
using Microsoft.Playwright;

namespace PartnerBot.Bench;

/// <summary>How the visitor opens the chat: a click straight away, a click after the pointer rested on the button, or a tap whose
/// finger stays on the glass as long as a person's does (<c>touchstart</c> comes that much before the click).</summary>
internal sealed class GreetingPress(int hoverMs, int touchMs)
{
    private ICDPSession? _finger;

    /// <summary>How long the pointer rests on the button before the click (0: not at all).</summary>
    public int HoverMs { get; } = hoverMs;

    /// <summary>How long the finger is on the button before the click; negative: no touch screen.</summary>
    public int TouchMs { get; } = touchMs;

    /// <summary>From <c>--hover-ms N</c> and <c>--touch-ms N</c> (at most one of them).</summary>
    public static GreetingPress FromArgs(int hoverMs, int touchMs)
    {
        if (hoverMs > 0 && touchMs >= 0)
        {
            throw new ArgumentException("--hover-ms and --touch-ms exclude each other: a visitor points with a mouse or taps.");
        }

        return new GreetingPress(Math.Max(hoverMs, 0), touchMs);
    }

    /// <summary>A phone-sized touch screen instead of a desktop window.</summary>
    public bool Touch => TouchMs >= 0;

    /// <summary>The report file's name part and the command's option.</summary>
    public string FileSuffix => Touch ? "-touch" : HoverMs > 0 ? "-hover" : "";

    /// <summary>The option that made this press, for the report's command line.</summary>
    public string Option => Touch ? $" --touch-ms {TouchMs}" : HoverMs > 0 ? $" --hover-ms {HoverMs}" : "";

    /// <summary>The report's words for it.</summary>
    public string Described => Touch
        ? string.Create(CultureInfo.InvariantCulture, $", a tap on a 390×844 touch screen (the finger {TouchMs} ms on the button before the click)")
        : HoverMs > 0 ? string.Create(CultureInfo.InvariantCulture, $", pointer resting {HoverMs} ms on the button before the click") : "";

    /// <summary>The browser context's screen.</summary>
    public BrowserNewContextOptions ContextOptions() => Touch
        ? new() { Locale = "de-DE", ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true }
        : new() { Locale = "de-DE", ViewportSize = new() { Width = 1200, Height = 900 } };

    /// <summary>What comes before the click (the pointer resting, or the finger going down).</summary>
    public async Task BeforeAsync(IBrowserContext context, IPage page, ILocator button)
    {
        if (Touch)
        {
            var box = await button.BoundingBoxAsync() ?? throw new InvalidOperationException("The chat button has no box to tap.");
            _finger = await context.NewCDPSessionAsync(page);
            var point = new Dictionary<string, object> { ["x"] = box.X + box.Width / 2, ["y"] = box.Y + box.Height / 2 };
            await _finger.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object> { ["type"] = "touchStart", ["touchPoints"] = new[] { point } });
            await page.WaitForTimeoutAsync(TouchMs);
        }
        else if (HoverMs > 0)
        {
            await button.HoverAsync();
            await page.WaitForTimeoutAsync(HoverMs);
        }
    }

    /// <summary>The click itself (for a tap: the finger lifted, which Chromium turns into the click).</summary>
    public async Task ClickAsync(ILocator button)
    {
        if (_finger is null)
        {
            await button.ClickAsync();
            return;
        }

        await _finger.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object> { ["type"] = "touchEnd", ["touchPoints"] = Array.Empty<object>() });
        await _finger.DetachAsync();
        _finger = null;
    }
}
