using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Hosting;
using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class RecognizerWarmupTests(UnderstandingFixture fixture)
{
    [Fact]
    public async Task Readiness_waits_for_the_warm_up()
    {
        var readiness = new Readiness();
        var warmup = new RecognizerWarmup(fixture.Models, fixture.Understanding, readiness, NullLogger<RecognizerWarmup>.Instance);

        Assert.False(readiness.IsReady);
        await warmup.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(readiness.IsReady);
    }

    [Fact]
    public void Registration_gives_one_shared_understanding()
    {
        var services = new ServiceCollection().AddLogging().AddPartnerBotUnderstanding();
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<ITextUnderstanding>();

        Assert.IsType<TextUnderstanding>(first);
        Assert.Same(first, provider.GetRequiredService<ITextUnderstanding>());
        Assert.Same(provider.GetRequiredService<RecognizerModels>(), provider.GetRequiredService<RecognizerModels>());
        Assert.Contains(provider.GetServices<IHostedService>(), service => service is RecognizerWarmup);
    }
}
