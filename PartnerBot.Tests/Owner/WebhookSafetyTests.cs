using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerBot.Owner;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

/// <summary>The owner's webhook is signed, and it cannot be pointed into the bot's own network.</summary>
public sealed class WebhookSafetyTests
{
    private const string Secret = "hook-secret-0123456789abcdef";

    [Fact]
    public async Task A_delivery_carries_a_timestamp_and_an_HMAC_the_receiver_can_check_with_the_shared_secret()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var app = App(receiver.Url, new() { ["Owner:NotifyWebhookSecret"] = Secret });
        await app.Profiles.AddAsync("Sina Signatur", "Butterkuchen", app.Time.GetUtcNow());

        Assert.Equal(1, await app.Services.GetRequiredService<NotificationOutbox>().RunOnceAsync(CancellationToken.None));

        var (headers, body) = Assert.Single(receiver.Deliveries);
        var timestamp = headers[WebhookSignature.TimestampHeader];
        Assert.Equal(app.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        // What a receiver does: HMAC-SHA256 over "{timestamp}.{body}" with the secret, compared with the header.
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
        Assert.Equal(expected, headers[WebhookSignature.SignatureHeader]);
        Assert.Contains("Butterkuchen", body, StringComparison.Ordinal);
        Assert.NotEqual(expected, WebhookSignature.Sign("another-secret-0123456789", long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task Without_a_secret_the_delivery_is_not_signed()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var app = App(receiver.Url, []);
        await app.Profiles.AddAsync("Uwe Unsigniert", "Brezeln", app.Time.GetUtcNow());

        Assert.Equal(1, await app.Services.GetRequiredService<NotificationOutbox>().RunOnceAsync(CancellationToken.None));

        var (headers, _) = Assert.Single(receiver.Deliveries);
        Assert.False(headers.ContainsKey(WebhookSignature.SignatureHeader));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://10.0.0.5/hook")]
    [InlineData("https://192.168.178.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fd00::7]/hook")]
    public void A_webhook_url_into_a_private_network_stops_the_start_unless_allowed(string url)
    {
        var refused = Validate(new OwnerOptions { NotifyWebhookUrl = url });
        Assert.Contains(refused, message => message.Contains("Owner:NotifyWebhookAllowPrivateNetworks", StringComparison.Ordinal));
        Assert.Empty(Validate(new OwnerOptions { NotifyWebhookUrl = url, NotifyWebhookAllowPrivateNetworks = true }));
        Assert.Empty(Validate(new OwnerOptions { NotifyWebhookUrl = "https://hooks.example.com/partnerbot" }));
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.0.1", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("192.0.2.2", true)]
    [InlineData("198.18.0.1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Private_addresses_are_told_from_public_ones(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, WebhookAddresses.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public async Task A_host_name_that_resolves_into_a_private_network_is_refused_when_connecting()
    {
        await using var receiver = await Receiver.StartAsync();
        // The machine's own name resolves to its loopback or container address: a name, so the start-up check cannot see it.
        var host = Dns.GetHostName();
        Assert.All(await Dns.GetHostAddressesAsync(host), address => Assert.True(WebhookAddresses.IsPrivate(address)));
        var url = $"http://{host}:{new Uri(receiver.Url).Port}/hooks/owner";
        await using var app = App(url, new() { ["Owner:NotifyWebhookAllowPrivateNetworks"] = "false" });
        await app.Profiles.AddAsync("Rita Rebind", "Streuselkuchen", app.Time.GetUtcNow());

        Assert.Equal(0, await app.Services.GetRequiredService<NotificationOutbox>().RunOnceAsync(CancellationToken.None));
        Assert.Empty(receiver.Deliveries);
        var error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await WebhookAddresses.ConnectAsync(new DnsEndPoint(host, new Uri(receiver.Url).Port), allowPrivate: false, CancellationToken.None));
        Assert.Contains("private network", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Validate(OwnerOptions options) =>
        [.. options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage ?? "")];

    private static OwnerAppFactory App(string url, Dictionary<string, string?> settings)
    {
        settings["Owner:NotifyWebhookUrl"] = url;
        settings.TryAdd("Owner:NotifyWebhookAllowPrivateNetworks", "true");
        // The test runs the rounds itself instead of the background worker, whose timing it cannot know.
        return OwnerAppFactory.With(settings, services =>
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NotificationWorker))));
    }

    /// <summary>A webhook receiver on this machine that keeps each delivery's headers and body.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Receiver(WebApplication app) => _app = app;

        public ConcurrentQueue<(Dictionary<string, string> Headers, string Body)> Deliveries { get; } = new();

        public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks/owner";

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var receiver = new Receiver(builder.Build());
            receiver._app.MapPost("/hooks/{name}", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                receiver.Deliveries.Enqueue((headers, await reader.ReadToEndAsync()));
                return Results.Ok();
            });
            await receiver._app.StartAsync();
            return receiver;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
