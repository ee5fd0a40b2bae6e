using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

public class TurnErrorHandlerTests
{
    [Fact]
    public async Task A_failing_turn_is_logged_without_what_the_customer_wrote_and_apologised_for()
    {
        var logs = new CapturingLoggerProvider();
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("failed on anna@example.com"));
        await using var bot = new BotHarness(services =>
        {
            services.AddSingleton(storage.Object);
            services.AddLogging(b => b.AddProvider(logs));
        });

        var reply = Assert.Single(await bot.Chat().SayAsync("Ich bin Anna, anna@example.com, 0171 2345678"));

        Assert.Equal(bot.German.Apology, reply);
        Assert.Contains(logs.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("anna@example.com", StringComparison.Ordinal) || l.Contains("2345678", StringComparison.Ordinal) || l.Contains("Anna", StringComparison.Ordinal));
    }
}
