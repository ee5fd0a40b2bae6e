using Microsoft.Playwright;

namespace PartnerBot.Tests.WebChat;

/// <summary>Web Chat's own words (the send box's placeholder, the send button's label) are in the page's language: the chat's build
/// keeps Web Chat's strings for German, English and French only, and a locale of Austria or Switzerland gets the German ones.</summary>
public sealed class WebChatOwnWordsBrowserTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["WebChat:UseWebSocket"] = "false" };

    [Theory]
    [InlineData("de-DE", "Nachricht eingeben", "Senden")]
    [InlineData("de-CH", "Nachricht eingeben", "Senden")]
    [InlineData("en-GB", "Type your message", "Send")]
    [InlineData("fr-CH", "Tapez votre message", "Envoyer")]
    public async Task The_send_box_speaks_the_page_language(string locale, string placeholder, string sendLabel)
    {
        await using var chat = await ChatBrowser.StartAsync(Settings, realBot: true, locale);
        await chat.Page.GotoAsync($"{chat.BaseUrl}/?locale={locale}");
        await chat.WaitForBotMessagesAsync(1);

        var input = chat.Page.Locator("[data-id='webchat-sendbox-input']");
        Assert.Equal(placeholder, await input.GetAttributeAsync("placeholder"));
        Assert.Equal(1, await chat.Page.GetByRole(AriaRole.Button, new() { Name = sendLabel, Exact = true }).CountAsync());
    }
}
