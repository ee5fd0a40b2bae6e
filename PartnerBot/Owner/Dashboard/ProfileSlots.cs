using PartnerBot.Interview.Questions;
using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>The fields of a profile with their values and the customer's latest words for each, question by question.</summary>
public static class ProfileSlots
{
    /// <summary>The fields in the interview's order.</summary>
    public static IReadOnlyList<SlotRow> For(Questionnaire questions, PartnerProfile profile, OwnerText text)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(profile);
        var rows = new List<SlotRow>();
        foreach (var question in questions.All)
        {
            foreach (var field in question.Fields)
            {
                if (!question.SummaryFields.Contains(field) && !profile.Answers.Has(field))
                {
                    continue; // a flag the summary does not list ("no contact, please") shows only when it is set
                }

                // Entries of a contact given before e-mail and phone had slots of their own carry the question's name.
                var words = profile.Entries.LastOrDefault(e => e.Slot == field || e.Slot == question.Name)?.Text ?? question.Words(profile.Answers, field);
                rows.Add(new SlotRow(field, Label(question, field, text), question.ShowToOwner(profile.Answers, field, text.Culture), words));
            }
        }

        return rows;
    }

    /// <summary>A field's label on the dashboard: the dashboard's wording, else the question's own.</summary>
    public static string Label(Question question, string field, OwnerText text) =>
        text.Find("slot." + field) ?? question.OwnWordingFor(text.Language)?.Label ?? field;
}
