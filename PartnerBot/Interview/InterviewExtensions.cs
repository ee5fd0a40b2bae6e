using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.Interview.Commands;
using PartnerBot.Interview.Listening;
using PartnerBot.Interview.Phases;
using PartnerBot.Interview.Questions;

namespace PartnerBot.Interview;

/// <summary>Registers the interview: its questions, wording, phases, commands and the engine that runs a turn.</summary>
public static class InterviewExtensions
{
    /// <summary>Registers the interview services.</summary>
    public static IServiceCollection AddPartnerBotInterview(this IServiceCollection services)
    {
        services.AddInterviewQuestions();
        services.AddSingleton<WordingCatalog>();
        services.AddSingleton<ProfileWriter>();
        services.AddSingleton<InterviewStates>();
        services.AddSingleton<InterviewFlow>();
        services.AddSingleton<ConsentGiver>();
        services.AddSingleton<AnswerPlacement>();
        services.AddSingleton<LastAnswerCorrection>();
        services.AddSingleton<ErasureConfirmation>();
        // A fact with an unknown topic or language stops the start with the message BusinessFacts gives, not the first customer's question.
        services.AddOptions<BusinessFactsOptions>().BindConfiguration(BusinessFactsOptions.ParentSection)
            .Validate(o => new BusinessFacts(Microsoft.Extensions.Options.Options.Create(o)) is not null).ValidateOnStart();
        services.AddSingleton<BusinessFacts>();
        // Live handoff replaces this with a desk that knows who is on duty.
        services.TryAddSingleton<IHandoffDesk, NoLiveHandoff>();
        services.AddSingleton<RequestDesk>();
        services.AddSingleton<MessageKindStep>();
        services.AddSingleton<SpokenLanguage>();

        services.AddSingleton<GreetingPhase>();
        services.AddSingleton<IPhase>(s => s.GetRequiredService<GreetingPhase>());
        services.AddSingleton<IPhase, ConsentPhase>();
        services.AddSingleton<IPhase, DeclinedPhase>();
        services.AddSingleton<IPhase, ResumePhase>();
        services.AddSingleton<IPhase, AskingPhase>();
        services.AddSingleton<SummaryPhase>();
        services.AddSingleton<IPhase>(s => s.GetRequiredService<SummaryPhase>());
        services.AddSingleton<IPhase, CompletedPhase>();
        services.AddSingleton<IPhase, CancelledPhase>();
        services.AddSingleton<IPhase, ReturnedPhase>();
        services.AddSingleton<PhaseRouter>();

        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, CancelCommand>();
        services.AddSingleton<ICommand, RestartCommand>();
        services.AddSingleton<ICommand, BackCommand>();
        services.AddSingleton<ICommand, SkipCommand>();
        services.AddSingleton<ICommand, SummaryCommand>();
        services.AddSingleton<ICommand, MyDataCommand>();
        services.AddSingleton<ICommand, DeleteDataCommand>();
        services.AddSingleton<CommandRouter>();

        // The engine's constructor takes the interview's internal parts, which the container cannot see through a public one.
        services.AddSingleton<MessageRouter>();
        services.AddSingleton(s => new InterviewEngine(
            s.GetRequiredService<InterviewStates>(), s.GetRequiredService<ProfileWriter>(), s.GetRequiredService<MessageRouter>(),
            s.GetRequiredService<PhaseRouter>(), s.GetRequiredService<GreetingPhase>(), s.GetRequiredService<SpokenLanguage>(),
            s.GetRequiredService<WordingCatalog>(), s.GetRequiredService<Microsoft.Extensions.Options.IOptions<Bots.BotOptions>>(), s.GetRequiredService<TimeProvider>()));
        return services;
    }
}
