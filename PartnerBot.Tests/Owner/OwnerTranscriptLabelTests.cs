using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Owner;

public class OwnerTranscriptLabelTests
{
    [Fact]
    public async Task In_a_conversation_from_api_messages_the_bots_lines_are_the_bots_even_when_the_channel_names_no_roles()
    {
        await using var app = new OwnerAppFactory();
        var chat = new HttpChat(app.CreateClient(), "de-DE", "emu-user-1", channelId: "emulator");
        async Task SayAsync(string text)
        {
            var activity = chat.Activity("message", text);
            activity["from"]!.AsObject().Remove("role");
            activity["recipient"]!.AsObject().Remove("role");
            await chat.PostAsync(activity);
        }

        await SayAsync("Hallo");
        await SayAsync("ja");
        await SayAsync("Anna Schmidt");
        var profile = Assert.Single((await app.Profiles.QueryAsync(new PartnerBot.Profiles.ProfileQuery(), CancellationToken.None)).Items);

        using var client = await app.SignedInAsync();
        var html = await client.GetPageAsync($"/owner/profiles/{profile.Id}");

        Assert.Contains("<li class=\"customer\">", html);
        var botLines = html.Split("<li class=\"bot\">").Length - 1;
        var customerLines = html.Split("<li class=\"customer\">").Length - 1;
        Assert.Equal(2, customerLines);
        Assert.True(botLines >= 2, $"the bot's replies are labelled as the bot ({botLines})");
    }
}
