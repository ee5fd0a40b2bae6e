using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

/// <summary><c>Bot:AllowUnauthenticatedMessages</c>: on by default only in Development (the Emulator), honoured when set explicitly.</summary>
public sealed class UnauthenticatedMessagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Production", null, HttpStatusCode.Unauthorized)]
    [InlineData("Staging", null, HttpStatusCode.Unauthorized)]
    [InlineData("Development", "false", HttpStatusCode.Unauthorized)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    public async Task An_activity_without_channel_credentials_is_answered_only_where_allowed(string environment, string? allow, HttpStatusCode expected)
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = PartnerBotFactory.With(new Dictionary<string, string?> { ["environment"] = environment, ["Bot:AllowUnauthenticatedMessages"] = allow });
        factory.ConfigureServices = s => s.AddLogging(b => b.AddProvider(logs));
        var client = factory.CreateClient();
        var emulator = new HttpChat(client, "de-DE", "emulator-user", channelId: "emulator");

        using var response = await client.PostAsJsonAsync("/api/messages", emulator.Activity("message", "Hallo"), Cancel);

        Assert.Equal(expected, response.StatusCode);
        var warned = logs.Lines.Any(l => l.Contains("AllowUnauthenticatedMessages is on outside Development", StringComparison.Ordinal));
        Assert.Equal(environment != "Development" && allow == "true", warned);
    }
}
