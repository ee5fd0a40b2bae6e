using Microsoft.Playwright;
using PartnerBot.Tests.Accessibility;

namespace PartnerBot.Tests.WebChat;

/// <summary>The answer buttons in the real browser: real focusable buttons with their labels, reached with Tab (the others of the
/// toolbar with the arrow keys), pressed with Enter or Space, with no serious accessibility violation while they show (page and embed).</summary>
public sealed class QuickReplyBrowserTests
{
    private const string Buttons = ".webchat__suggested-actions button";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["WebChat:UseWebSocket"] = "false",
        ["WebChat:BusinessName"] = "Bäckerei Sonne",
    };

    [Fact]
    public async Task On_the_page_the_consent_buttons_are_buttons_reached_by_tab_and_pressed_with_enter()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        try
        {
            await chat.OpenAsync();
            await chat.WaitForBotMessagesAsync(2);
            await AssertConsentButtonsAsync(chat.Page);
            await Axe.AssertNoSeriousViolationsAsync(chat.Page, "chat page with answer buttons");

            await TabToAsync(chat.Page, "Ja, gern");
            await chat.Page.Keyboard.PressAsync("Enter");
            await chat.WaitForBotMessagesAsync(3);
            Assert.Contains("Wie darf ich Sie ansprechen", (await chat.BotMessagesAsync())[^1], StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    [Fact]
    public async Task In_the_embed_the_buttons_work_with_space_and_have_no_serious_violations()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        await using var site = await PlainSite.StartAsync(
            $"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei Sonne</title></head><body><main><h1>Unsere Brötchen</h1></main><script src="{chat.BaseUrl}/embed.js" async></script></body></html>""");
        try
        {
            await chat.Page.GotoAsync(site.Url);
            await chat.Page.ClickAsync(".partnerbot-embed-button");
            await chat.WaitForBotMessagesAsync(2);
            await AssertConsentButtonsAsync(chat.Page);
            await Axe.AssertNoSeriousViolationsAsync(chat.Page, "embed with answer buttons");

            await TabToAsync(chat.Page, "Ja, gern");
            await chat.Page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal("Nein, danke", await FocusedButtonAsync(chat.Page));
            await chat.Page.Keyboard.PressAsync("Space");
            await chat.WaitForBotMessagesAsync(3);
            Assert.Contains("speichere nichts", (await chat.BotMessagesAsync())[^1], StringComparison.Ordinal);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    private static async Task AssertConsentButtonsAsync(IPage page)
    {
        var buttons = page.Locator(Buttons);
        await Assertions.Expect(buttons).ToHaveCountAsync(2);
        Assert.Equal(["Ja, gern", "Nein, danke"], (await buttons.AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(["BUTTON", "BUTTON"], await buttons.EvaluateAllAsync<string[]>("all => all.map(b => b.tagName)"));
        await Assertions.Expect(buttons.First).ToBeVisibleAsync();
        // Web Chat's toolbar pattern: Tab reaches the first button, the arrow keys the others.
        var tabIndexes = await buttons.EvaluateAllAsync<int[]>("all => all.map(b => b.tabIndex)");
        Assert.Equal(new[] { 0, -1 }, tabIndexes);
    }

    /// <summary>Presses Tab until the button labelled <paramref name="label"/> has the focus (fails after 40 presses).</summary>
    private static async Task TabToAsync(IPage page, string label)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedButtonAsync(page) == label)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the button \"{label}\".");
    }

    private static Task<string?> FocusedButtonAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.tagName === 'BUTTON' ? document.activeElement.innerText.trim() : null");
}
