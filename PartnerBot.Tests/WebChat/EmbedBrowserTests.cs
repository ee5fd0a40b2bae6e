namespace PartnerBot.Tests.WebChat;

/// <summary>The embed on a plain page of another origin: a chat button that opens the same chat (CORS on the Direct Line routes).</summary>
public sealed class EmbedBrowserTests
{
    [Fact]
    public async Task The_embed_on_another_sites_page_opens_the_chat_and_talks_across_origins()
    {
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:UseWebSocket"] = "false",
            ["WebChat:BusinessName"] = "Bäckerei Sonne",
        }, realBot: false);
        await using var site = await PlainSite.StartAsync(
            $"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bäckerei Sonne</title></head><body><h1>Unsere Brötchen</h1><script src="{chat.BaseUrl}/embed.js" async></script></body></html>""");
        Assert.NotEqual(new Uri(site.Url).GetLeftPart(UriPartial.Authority), chat.BaseUrl);

        try
        {
            await chat.Page.GotoAsync(site.Url);
            await chat.Page.ClickAsync(".partnerbot-embed-button");
            await chat.WaitForBotMessagesAsync(1);
            Assert.Equal([GreetingEchoBot.Greeting], await chat.BotMessagesAsync());

            Assert.EndsWith(": ja", await chat.SayAsync("ja"));
            Assert.Equal("Chat schließen", await chat.Page.InnerTextAsync(".partnerbot-embed-button"));
            await chat.ScreenshotAsync("webchat-embed.png", alsoToDocs: false);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }
}
