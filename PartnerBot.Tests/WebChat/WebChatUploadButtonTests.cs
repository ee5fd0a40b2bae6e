namespace PartnerBot.Tests.WebChat;

/// <summary>The bot reads text only and keeps no files, so the website chat offers no paperclip (a file sent anyway is answered kindly).</summary>
public sealed class WebChatUploadButtonTests
{
    [Fact]
    public async Task The_chat_script_hides_web_chats_upload_button()
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();

        var script = await http.GetStringAsync("/webchat/chat.js", TestContext.Current.CancellationToken);

        Assert.Contains("hideUploadButton: true", script);
    }
}
