using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

public class NotificationWiringTests
{
    [Fact]
    public async Task In_the_app_a_completed_profile_reaches_the_configured_webhook_once()
    {
        await using var receiver = await FakeConnector.StartAsync();
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Owner:NotifyWebhookUrl"] = receiver.BaseUrl + "hooks/teams",
            // The receiver runs on this machine.
            ["Owner:NotifyWebhookAllowPrivateNetworks"] = "true",
            ["Owner:DashboardUrl"] = "https://baeckerei.example",
        },
        // The test runs the rounds itself instead of the background worker, whose timing it cannot know.
        services =>
        {
            var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NotificationWorker));
            services.Remove(worker);
        });
        var outbox = app.Services.GetRequiredService<NotificationOutbox>();
        Assert.True(outbox.IsEnabled);
        var done = await app.Profiles.AddAsync("Wanda Webhook", "Pflaumenkuchen", app.Time.GetUtcNow());
        await app.Profiles.AddAsync("Otto Offen", "Brot", app.Time.GetUtcNow(), status: "in-progress");

        Assert.Equal(1, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));

        var (path, body) = Assert.Single(receiver.Posts);
        Assert.Equal("/hooks/teams", path);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Neuer Wunsch von Wanda Webhook\nPflaumenkuchen\n28. März 2027\n800 €\nhttps://baeckerei.example/owner/profiles/" + done.Id, json.RootElement.GetProperty("text").GetString());
    }
}
