using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Tests.Owner;

namespace PartnerBot.Tests.Bots;

public class ExampleSettingsCheckTests
{
    [Fact]
    public void The_example_name_contact_and_links_are_named_and_a_business_of_its_own_is_not()
    {
        Assert.Equal(["Bot:BusinessName", "Bot:BusinessContact", "Bot:PrivacyUrl", "Bot:ImprintUrl"], ExampleSettingsCheck.StillExamples(new BotOptions()));
        var own = new BotOptions
        {
            BusinessName = "Bäckerei Sonnenschein",
            BusinessContact = "030 1234567",
            PrivacyUrl = "https://baeckerei-sonnenschein.de/datenschutz",
            ImprintUrl = "https://baeckerei-sonnenschein.de/impressum",
        };
        Assert.Empty(ExampleSettingsCheck.StillExamples(own));
    }

    [Fact]
    public async Task Production_with_example_settings_warns_loudly_at_start()
    {
        await using var app = new OwnerAppFactory { Environment = "Production" };
        _ = app.Services;

        Assert.Contains(app.Logs.Lines, l => l.Contains("example settings in Production", StringComparison.Ordinal) && l.Contains("Bot:PrivacyUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Development_says_nothing()
    {
        var logs = new LogCapture();
        var check = new ExampleSettingsCheck(new Environment("Development"), Options.Create(new BotOptions()), new LoggerFactory([logs]).CreateLogger<ExampleSettingsCheck>());

        await check.StartAsync(CancellationToken.None);

        Assert.Empty(logs.Lines);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "PartnerBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
