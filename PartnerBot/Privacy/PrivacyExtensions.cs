namespace PartnerBot.Privacy;

/// <summary>Registers the Privacy area: retention settings, erasure and the retention purge.</summary>
public static class PrivacyExtensions
{
    /// <summary>Registers the Privacy services: retention settings (validated at start), the eraser and the daily retention purge.</summary>
    public static IServiceCollection AddPartnerBotPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => o.RetentionDays >= o.IncompleteRetentionDays,
                "Privacy:RetentionDays must not be shorter than Privacy:IncompleteRetentionDays.")
            .ValidateOnStart();
        services.AddSingleton<CustomerDataEraser>();
        services.AddSingleton<ICustomerDataEraser>(sp => sp.GetRequiredService<CustomerDataEraser>());
        services.AddHostedService<RetentionService>();
        return services;
    }
}
