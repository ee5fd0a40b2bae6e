using System.Globalization;
using System.Text;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;

namespace PartnerBot.Interview;

/// <summary>Writes the answers of an interview as the short list customers see.</summary>
public static class SummaryWriter
{
    /// <summary>One Markdown list item per field of every question ("- Name: Anna Schmidt"), so Web Chat and Teams show it as a list;
    /// the customer's words are escaped (<see cref="CustomerText"/>).</summary>
    public static string Lines(Questionnaire questions, ProfileAnswers answers, Wording wording, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(wording);
        var text = new StringBuilder();
        foreach (var question in questions.All)
        {
            foreach (var field in question.SummaryFields)
            {
                var value = question.Show(answers, field, culture, wording.DateFormat);
                text.Append("- ").Append(question.Label(wording, field)).Append(": ")
                    .Append(value is null ? wording.NotGiven : CustomerText.Markdown(value)).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }
}
