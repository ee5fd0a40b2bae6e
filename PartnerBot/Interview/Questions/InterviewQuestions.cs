using PartnerBot.Understanding;

namespace PartnerBot.Interview.Questions;

/// <summary>The product's questions, in the order they are asked; their words are in each language's wording file.</summary>
public static class InterviewQuestions
{
    /// <summary>The built-in questions, new instances in order.</summary>
    public static IReadOnlyList<Question> Create() =>
    [
        new NameQuestion(SlotNames.Name, required: false) { InInbox = true },
        new FreeTextQuestion(SlotNames.Wish, required: true) { Volunteered = u => u.Wish, InInbox = true },
        new FreeTextQuestion(SlotNames.Vision, required: false) { WholeMessage = true },
        new TimeframeQuestion(SlotNames.Timeframe, required: false) { InInbox = true },
        new BudgetQuestion(SlotNames.Budget, required: false) { InInbox = true },
        new ContactQuestion(SlotNames.Contact, required: true),
    ];

    /// <summary>Registers the built-in questions and the <see cref="Questionnaire"/>; questions registered later are asked after them.</summary>
    public static IServiceCollection AddInterviewQuestions(this IServiceCollection services)
    {
        foreach (var question in Create())
        {
            services.AddSingleton(question);
        }

        services.AddSingleton<Questionnaire>();
        return services;
    }
}
