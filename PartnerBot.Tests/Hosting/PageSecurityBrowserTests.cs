using System.Collections.Concurrent;
using PartnerBot.Tests.WebChat;

namespace PartnerBot.Tests.Hosting;

/// <summary>In a real Chromium: the page's CSP lets Web Chat run with no violation, and markup a customer typed shows as text (no pixel loads).</summary>
public sealed class PageSecurityBrowserTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Web_chat_runs_under_the_CSP_and_a_customers_image_markup_loads_nothing(bool webSocket)
    {
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:UseWebSocket"] = webSocket ? "true" : "false",
            ["Bot:BusinessName"] = "Bäckerei Sonne",
        }, realBot: true);
        var requested = new ConcurrentQueue<string>();
        chat.Page.Request += (_, request) => requested.Enqueue(request.Url);

        try
        {
            await chat.OpenAsync();
            await chat.SayAsync("ja");
            await chat.SayAsync("Anna Schmidt");
            // Same-origin images are allowed by the CSP, so only the escaping keeps these from loading.
            await chat.SayAsync("Eine Torte ![x](/pixel.png?md) und <img src=\"/pixel.png?html\">");
            await chat.SayAsync("Zusammenfassung");

            var shown = string.Join("\n", await chat.BotMessagesAsync());
            Assert.True(shown.Contains("![x](/pixel.png?md)", StringComparison.Ordinal), shown);
            // Web Chat's typographer curls the quotes; the tag itself shows as typed.
            Assert.True(shown.Contains("<img src=", StringComparison.Ordinal) && shown.Contains("/pixel.png?html", StringComparison.Ordinal), shown);
            Assert.Equal(0, await chat.Page.Locator("img[src*='pixel']").CountAsync());
            Assert.DoesNotContain(requested, url => url.Contains("pixel.png", StringComparison.Ordinal));
            Assert.DoesNotContain("Content Security Policy", chat.ConsoleLog, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }
}
