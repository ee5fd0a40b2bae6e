using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;
using PartnerBot.Privacy;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Privacy;

public sealed class PrivacyOptionsTests
{
    [Theory]
    [InlineData("0", "365", "IncompleteRetentionDays")]
    [InlineData("30", "10", "Privacy:RetentionDays must not be shorter")]
    public async Task Bad_retention_settings_stop_the_start(string incompleteDays, string allDays, string expected)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Privacy:IncompleteRetentionDays"] = incompleteDays,
            ["Privacy:RetentionDays"] = allDays,
        });
        builder.Services.AddLogging().AddPartnerBotHosting().AddPartnerBotStorage().AddPartnerBotPrivacy();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_30_and_365_days()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddPartnerBotPrivacy();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value;

        Assert.Equal((30, 365), (options.IncompleteRetentionDays, options.RetentionDays));
    }
}
