using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using PartnerBot.Owner.Dashboard;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>Where the page points and where the owner's reply goes is the server's choice, never a client-supplied header.</summary>
public sealed class ServerChosenAddressTests
{
    [Fact]
    public async Task Forwarded_headers_from_a_client_do_not_change_the_settings_the_token_domain_or_the_stream_url()
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var settings = await http.GetStringAsync("/api/webchat/settings", Cancel);
        var token = await ReadAsync(await http.PostAsync("/api/webchat/token", null, Cancel));
        var (_, started) = await StartAsync(http);

        Assert.DoesNotContain("evil.example", settings);
        Assert.Contains("\"tokenUrl\":\"http://localhost/api/webchat/token\"", settings);
        Assert.Equal("http://localhost/v3/directline", (string?)token["domain"]);
        Assert.StartsWith("ws://localhost/v3/directline/conversations/", (string?)started["streamUrl"]);
    }

    [Fact]
    public async Task The_owners_reply_to_a_customer_who_forged_the_host_header_reaches_their_conversation()
    {
        await using var factory = new WebChatFactory(realBot: true);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Host = "evil.example";
        http.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var anna = await WebsiteCustomer.CompleteInterviewAsync(http);
        var profile = Assert.Single(await WebsiteCustomer.ProfilesAsync(factory.Services, anna.UserId));
        var reference = JsonConvert.DeserializeObject<ConversationReference>(profile.ConversationReference!)!;
        Assert.Equal((WebsiteChannel.Id, WebsiteChannel.LocalServiceUrl), (reference.ChannelId, reference.ServiceUrl));

        var sent = await factory.Services.GetRequiredService<CustomerReply>().SendAsync(profile, "Liebe Frau Schmidt, wir melden uns morgen.", Cancel);

        Assert.True(sent);
        var last = Activities(await anna.PollAsync()).Last();
        Assert.Equal("Liebe Frau Schmidt, wir melden uns morgen.", (string?)last["text"]);
        Assert.Equal(anna.UserId, (string?)last["recipient"]!["id"]);
    }
}
