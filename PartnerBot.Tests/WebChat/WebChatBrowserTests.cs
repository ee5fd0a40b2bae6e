namespace PartnerBot.Tests.WebChat;

/// <summary>The page in a real Chromium with the stand-in bot: greeting first, send and echo, resume after reload, over WebSocket and polling.</summary>
public sealed class WebChatBrowserTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_customer_is_greeted_chats_and_resumes_after_a_reload(bool webSocket)
    {
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:UseWebSocket"] = webSocket ? "true" : "false",
            ["WebChat:BusinessName"] = "Bäckerei Sonne",
        }, realBot: false);

        try
        {
            await chat.OpenAsync();
            Assert.Equal([GreetingEchoBot.Greeting], await chat.BotMessagesAsync());

            var reply = await chat.SayAsync("ja");
            Assert.StartsWith("Echo von dl_", reply);
            Assert.EndsWith(": ja", reply);
            Assert.EndsWith(": Bäckerei", await chat.SayAsync("Bäckerei"));
            var before = await chat.BotMessagesAsync();

            await chat.ReloadAsync(before.Count);

            var after = await chat.BotMessagesAsync();
            Assert.Equal(before, after);
            Assert.EndsWith(": noch da", await chat.SayAsync("noch da"));
            Assert.Single(await chat.BotMessagesAsync(), text => text == GreetingEchoBot.Greeting);
            await chat.ScreenshotAsync($"webchat-echo-{(webSocket ? "websocket" : "polling")}.png", alsoToDocs: false);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }
}
