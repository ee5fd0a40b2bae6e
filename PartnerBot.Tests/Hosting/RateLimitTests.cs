using System.Net;
using System.Text;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Hosting;

/// <summary>Every public route is rate limited per client address; the address is the connection's unless a configured proxy forwarded it.</summary>
public class RateLimitTests
{
    private const string Client = "198.51.100.7";
    private const string OtherClient = "203.0.113.99";
    private const string Proxy = "10.1.2.3";

    [Fact]
    public async Task A_burst_to_api_messages_from_one_address_gets_429_with_Retry_After_and_others_go_on()
    {
        await using var app = Factory(new() { ["RateLimits:MessagesPerAddressPerMinute"] = "5" });
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Post, "/api/messages", Activity()));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.All(statuses.Take(5), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.All(statuses.Skip(5), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        using var other = await http.SendAsync(PeerAddress.From(OtherClient, HttpMethod.Post, "/api/messages", Activity()));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task New_website_conversations_per_address_are_bounded_per_hour()
    {
        await using var app = Factory(new() { ["RateLimits:ConversationsPerAddressPerHour"] = "3" });
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/v3/directline/tokens/generate", "/api/webchat/token", "/v3/directline/tokens/generate", "/api/webchat/token", "/v3/directline/tokens/generate" })
        {
            using var response = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Post, path));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var limited = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Post, "/v3/directline/tokens/generate"));
        Assert.Contains("TooManyRequests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var other = await http.SendAsync(PeerAddress.From(OtherClient, HttpMethod.Post, "/v3/directline/tokens/generate"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task X_Forwarded_For_from_an_unconfigured_sender_does_not_change_the_partition(bool aProxyIsConfigured)
    {
        // Without any proxy configured (the default) is the case that matters most: nobody's forwarded address is believed.
        var settings = new Dictionary<string, string?> { ["RateLimits:MessagesPerAddressPerMinute"] = "3" };
        if (aProxyIsConfigured)
        {
            settings["Hosting:KnownProxies:0"] = Proxy;
        }

        await using var app = Factory(settings);
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var request = PeerAddress.From(Client, HttpMethod.Post, "/api/messages", Activity());
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task From_a_configured_proxy_the_forwarded_client_is_the_partition_and_only_its_last_hop_counts()
    {
        await using var app = Factory(new() { ["RateLimits:MessagesPerAddressPerMinute"] = "3", ["Hosting:KnownProxies:0"] = Proxy });
        using var http = app.CreateClient();

        async Task<HttpStatusCode> ViaProxyAsync(string forwardedFor)
        {
            var request = PeerAddress.From(Proxy, HttpMethod.Post, "/api/messages", Activity());
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        for (var i = 0; i < 3; i++)
        {
            // What the client wrote before the proxy's entry is not believed: these are all the same client.
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await ViaProxyAsync($"192.0.2.{i + 1}, {Client}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ViaProxyAsync($"192.0.2.77, {Client}"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await ViaProxyAsync(OtherClient));
    }

    [Fact]
    public async Task Every_route_has_a_light_limit_per_address_but_the_health_check_and_live_chat_reads_do_not()
    {
        await using var app = Factory(new() { ["RateLimits:RequestsPerAddressPerMinute"] = "4" });
        using var http = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Get, i % 2 == 0 ? "/" : "/embed.js"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        for (var i = 0; i < 6; i++)
        {
            using var health = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Get, "/healthz"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, health.StatusCode);
            using var poll = await http.SendAsync(PeerAddress.From(Client, HttpMethod.Get, "/v3/directline/conversations/x/activities"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, poll.StatusCode);
        }
    }

    [Fact]
    public async Task The_owner_api_is_limited_per_address()
    {
        await using var app = Factory(new() { ["RateLimits:OwnerApiPerAddressPerMinute"] = "2" });
        using var http = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = PeerAddress.From(Client, HttpMethod.Get, "/api/owner/profiles");
            request.Headers.Authorization = new("Bearer", PartnerBotFactory.OwnerKey);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static PartnerBotFactory Factory(Dictionary<string, string?> settings)
    {
        var factory = PartnerBotFactory.With(settings);
        factory.ConfigureServices = PeerAddress.AddTo;
        return factory;
    }

    // An activity without a type: refused with 400 by the endpoint, after the limiter has counted it.
    private static StringContent Activity() => new("{}", Encoding.UTF8, "application/json");
}
