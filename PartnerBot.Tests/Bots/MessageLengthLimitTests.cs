using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.Bots;

/// <summary><c>Bot:MaxMessageLength</c> is the one message limit: the page's input, Direct Line's check and the bot's cut follow it.</summary>
public sealed class MessageLengthLimitTests
{
    private const int Limit = 150;

    private static WebChatFactory Factory(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Bot:MaxMessageLength"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new WebChatFactory(settings, realBot: true);
    }

    private static string Text(int length) => string.Concat(Enumerable.Repeat("Kuchen ", (length / 7) + 1))[..length];

    [Fact]
    public async Task The_page_limits_its_input_to_the_configured_length()
    {
        await using var factory = Factory();
        using var http = factory.CreateClient();

        var settings = await http.GetFromJsonAsync<JsonElement>("/api/webchat/settings?lang=de", Cancel);

        Assert.Equal(Limit, settings.GetProperty("maxMessageLength").GetInt32());
        Assert.Contains(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.GetProperty("tooLong").GetString());
    }

    [Fact]
    public async Task Direct_Line_takes_a_message_at_the_limit_and_refuses_one_just_above_it()
    {
        await using var factory = Factory();
        var (client, _) = await StartAsync(factory.CreateClient());

        var atLimit = await client.PostMessageAsync(Message(Text(Limit)));
        var above = await client.PostMessageAsync(Message(Text(Limit + 1)));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, above.StatusCode);
        Assert.Contains($"at most {Limit} are accepted", (string?)(await ReadAsync(above))["detail"]);
        Assert.DoesNotContain(Texts(await client.PollAsync()), text => text?.Length == Limit + 1);
    }

    [Fact]
    public async Task From_another_channel_a_longer_message_is_cut_at_the_limit_and_the_customer_is_told()
    {
        await using var factory = Factory();
        using var http = factory.CreateClient();
        var chat = new HttpChat(http, "de-DE", "user-" + Guid.NewGuid().ToString("N")[..8], channelId: "emulator");

        var atLimit = await chat.SayAsync(Text(Limit));
        var above = await chat.SayAsync(Text(Limit + 1));

        Assert.DoesNotContain(atLimit, reply => reply.Contains("sehr lang", StringComparison.Ordinal));
        Assert.Contains(above, reply => reply.Contains($"die ersten {Limit} Zeichen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_retired_page_setting_stops_the_start_and_names_the_one_to_use()
    {
        await using var factory = Factory(new Dictionary<string, string?> { ["WebChat:MaxMessageLength"] = "4000" });

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Bot:MaxMessageLength", failure.Message);
        Assert.Contains("WebChat:MaxMessageLength", failure.Message);
    }
}
