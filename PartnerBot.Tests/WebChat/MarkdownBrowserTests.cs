using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace PartnerBot.Tests.WebChat;

/// <summary>The bot's Markdown in the real browser with Web Chat's minimal bundle and the page's own renderer: lists, bold and
/// links become elements, line breaks stay, and a tag in any message (the customer's or the bot's) shows as text.</summary>
public sealed class MarkdownBrowserTests
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    private const string UserBubbles = ".webchat__bubble--from-user .webchat__bubble__content";

    // Either would set the flag if it ever ran as markup.
    private const string Image = "Bild <img src=x onerror=\"window.__injected = 'img'\"> Ende";

    private const string Script = "Skript <script>window.__injected = 'script'</script> Ende";

    private static readonly Dictionary<string, string?> Settings = new() { ["WebChat:UseWebSocket"] = "false" };

    [Fact]
    public async Task A_bot_summary_shows_its_list_bold_text_and_link_with_the_line_breaks_kept()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: false, services: UseMarkdownBot);
        try
        {
            await chat.OpenAsync();
            var bubble = chat.Page.Locator(BotBubbles).First;

            await Assertions.Expect(bubble.Locator("ul > li")).ToHaveCountAsync(3);
            await Assertions.Expect(bubble.Locator("ul > li strong")).ToHaveTextAsync("Name:");
            var link = bubble.Locator("a[href='https://baeckerei-sonne.example/info']");
            await Assertions.Expect(link).ToHaveTextAsync("unsere Seite");
            await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
            await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
            Assert.Equal(1, await bubble.Locator("br").CountAsync());

            var shown = await bubble.InnerTextAsync();
            Assert.Contains("Erste Zeile\nZweite Zeile", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("**", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("](", shown, StringComparison.Ordinal);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    [Theory]
    [InlineData(Image, "img")]
    [InlineData(Script, "script")]
    public async Task Markup_in_a_customers_message_and_in_the_bots_text_shows_as_text(string message, string element)
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: false, services: UseMarkdownBot);
        try
        {
            await chat.OpenAsync();
            var echo = await chat.SayAsync(message);

            // The bot repeated the tag unescaped in its Markdown: it shows as typed, no element was made, nothing ran.
            Assert.Equal(MarkdownBot.Echo + message, echo);
            Assert.Equal(message, await chat.Page.Locator(UserBubbles).Last.InnerTextAsync());
            var transcript = chat.Page.Locator(".webchat__basic-transcript");
            Assert.Equal(0, await transcript.Locator(element).CountAsync());
            Assert.Equal(0, await transcript.Locator("[onerror]").CountAsync());
            Assert.Null(await chat.Page.EvaluateAsync<string?>("() => window.__injected ?? null"));
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    [Fact]
    public async Task The_interviews_summary_is_a_list_with_the_customers_words_as_typed()
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true);
        try
        {
            await chat.OpenAsync();
            await chat.SayAsync("ja");
            await chat.SayAsync("Anna Schmidt");
            await chat.SayAsync("Eine Torte mit *Sternen* und [Link](/neu)");
            await chat.SayAsync("Zusammenfassung");

            var summary = chat.Page.Locator(BotBubbles).Filter(new() { Has = chat.Page.Locator("ul") }).Last;
            Assert.True(await summary.Locator("ul > li").CountAsync() >= 4, await summary.InnerTextAsync());
            var shown = await summary.InnerTextAsync();
            // The escaping keeps the customer's own Markdown from taking effect, and the escapes themselves do not show.
            Assert.Contains("Eine Torte mit *Sternen* und [Link](/neu)", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("\\", shown, StringComparison.Ordinal);
            Assert.Equal(0, await summary.Locator("em, a[href*='/neu']").CountAsync());
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    private static void UseMarkdownBot(IServiceCollection services)
    {
        services.RemoveAll<IBot>();
        services.AddSingleton<IBot, MarkdownBot>();
    }
}
