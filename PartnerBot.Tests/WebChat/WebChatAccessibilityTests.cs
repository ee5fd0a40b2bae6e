using Microsoft.Playwright;
using PartnerBot.Tests.Accessibility;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.WebChat;

/// <summary>The website chat for every visitor: no serious WCAG 2.2 A/AA violation (axe-core), a keyboard path that works, the legal links always in reach.</summary>
public sealed class WebChatAccessibilityTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["WebChat:UseWebSocket"] = "false",
        ["WebChat:BusinessName"] = "Bäckerei Sonne",
        // A bright brand colour: white text on it fails contrast unless the page adjusts it.
        ["WebChat:AccentColor"] = "#f5a623",
        ["Bot:ImprintUrl"] = "https://baeckerei-sonne.example/impressum",
        ["Bot:PrivacyUrl"] = "https://baeckerei-sonne.example/datenschutz",
    };

    [Fact]
    public async Task The_chat_page_has_no_serious_violations_and_shows_imprint_and_privacy()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        await chat.OpenAsync();

        await Axe.AssertNoSeriousViolationsAsync(chat.Page, "chat page");
        // The legal links stay in the page's footer, whatever the conversation has scrolled away.
        var footer = chat.Page.Locator("footer.partnerbot-footer");
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "Impressum" })).ToHaveAttributeAsync("href", "https://baeckerei-sonne.example/impressum");
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "Datenschutz" })).ToHaveAttributeAsync("href", "https://baeckerei-sonne.example/datenschutz");
        await Assertions.Expect(footer.GetByText("digitale Assistent von Bäckerei Sonne")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_chat_page_reflows_at_320_pixels_and_announces_each_message_once()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        await chat.Page.SetViewportSizeAsync(320, 640);
        await chat.OpenAsync();
        await chat.SayAsync("ja");

        // WCAG 1.4.10: no horizontal scrolling at 320 CSS pixels (which is also 1280 px at 400 % zoom).
        Assert.True(await chat.Page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 320 px");
        await Assertions.Expect(chat.Page.Locator("[data-id='webchat-sendbox-input']")).ToBeInViewportAsync();

        // A live region inside another one makes screen readers read a new message twice.
        Assert.Equal(0, await chat.Page.EvaluateAsync<int>("() => document.querySelectorAll('[aria-live]:not([aria-live=off]) [aria-live]:not([aria-live=off])').length"));
        await Axe.AssertNoSeriousViolationsAsync(chat.Page, "chat page at 320 px");
    }

    [Fact]
    public async Task A_customer_with_the_keyboard_only_completes_the_whole_interview_in_the_embed()
    {
        const string ownerKey = "owner-test-key-0123456789";
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?>(Settings) { ["Owner:ApiKey"] = ownerKey }, realBot: true);
        await using var site = await PlainSite.StartAsync(
            $"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei Sonne</title></head><body><main><h1>Unsere Brötchen</h1><a href="#top">Nach oben</a></main><script src="{chat.BaseUrl}/embed.js" async></script></body></html>""");
        var page = chat.Page;
        await page.GotoAsync(site.Url);
        await Assertions.Expect(page.Locator(".partnerbot-embed-button")).ToBeVisibleAsync();
        await page.Locator("a[href='#top']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await chat.WaitForBotMessagesAsync(1);

        string[] answers = ["ja", "Anna Schmidt", "eine neue Website für meine Bäckerei", "Ich möchte, dass meine Kunden online vorbestellen können", "bis Ende März", "5.000 €", "anna@example.com", "ja"];
        foreach (var answer in answers)
        {
            // No click anywhere: the focus stays in the send box from one answer to the next.
            await Assertions.Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync();
            var before = (await chat.BotMessagesAsync()).Count;
            await page.Keyboard.TypeAsync(answer);
            await page.Keyboard.PressAsync("Enter");
            await chat.WaitForBotMessagesAsync(before + 1);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.webchat__activity-status--sending').length === 0");
        }

        using var owner = new HttpClient { BaseAddress = new Uri(chat.BaseUrl) };
        owner.DefaultRequestHeaders.Authorization = new("Bearer", ownerKey);
        var profiles = await owner.GetStringAsync("/api/owner/profiles?status=completed", TestContext.Current.CancellationToken);
        Assert.Contains("anna@example.com", profiles);
        Assert.Contains("Anna Schmidt", profiles);
    }

    [Fact]
    public async Task Before_the_click_the_embed_asks_for_no_token_stores_nothing_and_stays_small()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        await using var site = await PlainSite.StartAsync(
            $"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei Sonne</title></head><body><main><h1>Unsere Brötchen</h1></main><script src="{chat.BaseUrl}/embed.js" async></script></body></html>""");
        var page = chat.Page;
        var requests = new List<string>();
        long launcherBytes = 0;
        page.Request += (_, request) => requests.Add(new Uri(request.Url).AbsolutePath);
        page.Response += async (_, response) =>
        {
            if (new Uri(response.Url).AbsolutePath == "/embed.js")
            {
                launcherBytes = (await response.BodyAsync()).Length;
            }
        };

        await page.GotoAsync(site.Url);
        await Assertions.Expect(page.Locator(".partnerbot-embed-button")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // TDDDG §25: the button and its wording only; no token, no channel, nothing kept in the visitor's browser.
        Assert.Equal(["/", "/embed.js", "/api/webchat/settings"], requests.Distinct().Where(path => path != "/favicon.ico"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.sessionStorage.length + window.localStorage.length"));
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.InRange(launcherBytes, 1, 30 * 1024);

        // Pointing at the button preloads the chat's static files, and still asks for no token and keeps nothing.
        var before = requests.Count;
        await page.HoverAsync(".partnerbot-embed-button");
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/webchat/chat.js') && e.responseEnd > 0)");
        var preloaded = requests.Skip(before).Distinct().ToList();
        Assert.Contains($"{WebChatAssets.RequestPath}/{WebChatAssets.BundleName}", preloaded);
        Assert.All(preloaded, path => Assert.StartsWith(WebChatAssets.RequestPath + "/", path));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.sessionStorage.length + window.localStorage.length"));
        Assert.Empty(await page.Context.CookiesAsync());

        await page.ClickAsync(".partnerbot-embed-button");
        await chat.WaitForBotMessagesAsync(1);
        Assert.Contains(WebChatEndpoints.TokenPath, requests);
    }

    [Fact]
    public async Task The_embed_closed_and_open_has_no_serious_violations_and_works_by_keyboard()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        await using var site = await PlainSite.StartAsync(
            $"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei Sonne</title></head><body><main><h1>Unsere Brötchen</h1><a href="#top">Nach oben</a></main><script src="{chat.BaseUrl}/embed.js" async></script></body></html>""");
        var page = chat.Page;
        await page.GotoAsync(site.Url);
        var launcher = page.Locator(".partnerbot-embed-button");
        await Assertions.Expect(launcher).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "embed, closed");

        // Tab from the page's own link reaches the launcher; Enter opens the chat with the focus in the input.
        await page.Locator("a[href='#top']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await launcher.EvaluateAsync<bool>("element => element === document.activeElement"), "Tab did not reach the launcher");
        await page.Keyboard.PressAsync("Enter");
        await chat.WaitForBotMessagesAsync(1);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "embed, open");
        await Assertions.Expect(page.Locator(".partnerbot-embed-panel").GetByRole(AriaRole.Link, new() { Name = "Impressum" })).ToBeVisibleAsync();

        // Typing goes into the chat.
        await page.Keyboard.TypeAsync("ja");
        await page.Keyboard.PressAsync("Enter");
        await chat.WaitForBotMessagesAsync(2);

        // Esc closes the chat and gives the focus back to the launcher.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".partnerbot-embed-panel")).ToBeHiddenAsync();
        await Assertions.Expect(launcher).ToBeFocusedAsync();
    }
}
