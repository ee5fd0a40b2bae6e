using Microsoft.Extensions.Options;

namespace PartnerBot.Bots;

/// <summary>Warns loudly at start in Production when the bot still speaks for the example business: the name, the contact a customer
/// is given for a human, and the privacy and imprint links would all be wrong on a real website.</summary>
public sealed class ExampleSettingsCheck(IHostEnvironment environment, IOptions<BotOptions> options, ILogger<ExampleSettingsCheck> logger) : IHostedService
{
    private static readonly BotOptions Defaults = new();

    /// <summary>The settings that still hold their example value, by configuration key.</summary>
    public static IReadOnlyList<string> StillExamples(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = new List<string>();
        void Check(string key, string value, string example)
        {
            if (string.Equals(value.Trim(), example, StringComparison.OrdinalIgnoreCase) || value.Contains("example.com", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(BotOptions.SectionName + ":" + key);
            }
        }

        Check(nameof(BotOptions.BusinessName), options.BusinessName, Defaults.BusinessName);
        Check(nameof(BotOptions.BusinessContact), options.BusinessContact, Defaults.BusinessContact);
        Check(nameof(BotOptions.PrivacyUrl), options.PrivacyUrl, Defaults.PrivacyUrl);
        Check(nameof(BotOptions.ImprintUrl), options.ImprintUrl, Defaults.ImprintUrl);
        return keys;
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && StillExamples(options.Value) is { Count: > 0 } keys)
        {
            logger.LogWarning(
                "The bot still uses example settings in Production: {Settings}. Customers are shown this name, contact and these privacy " +
                "and imprint links; set them to the business's own before the chat goes on a real website.", string.Join(", ", keys));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
