namespace PartnerBot.Interview;

/// <summary>Registers the interview: wording and the slot-filling engine.</summary>
public static class InterviewExtensions
{
    /// <summary>Registers the interview services.</summary>
    public static IServiceCollection AddPartnerBotInterview(this IServiceCollection services)
    {
        services.AddSingleton<WordingCatalog>();
        services.AddSingleton<ProfileWriter>();
        services.AddSingleton<InterviewCommands>();
        services.AddSingleton<InterviewEngine>();
        return services;
    }
}
