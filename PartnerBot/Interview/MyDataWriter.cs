using System.Globalization;
using System.Text;
using PartnerBot.Interview.Questions;
using PartnerBot.Privacy;
using PartnerBot.Profiles;

namespace PartnerBot.Interview;

/// <summary>Writes the answer to "meine Daten": every profile (every wish) of the customer with what the business noted about it.</summary>
public static class MyDataWriter
{
    /// <summary>One section per profile, oldest first: its values, the customer's requests, the consent, then the notes; the transcript is mentioned at the end.</summary>
    /// <remarks>Notes are shown as typed: what an owner pasted from a customer is escaped like the customer's own words.</remarks>
    /// <param name="profiles">The customer's profiles with what else is stored about each.</param>
    /// <param name="business">The business's name, as the notes' author.</param>
    public static string Write(Questionnaire questions, IReadOnlyList<(PartnerProfile Profile, IReadOnlyList<DisclosedItem> Items)> profiles, Wording wording, CultureInfo culture, string business)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(wording);
        var text = new StringBuilder(wording.MyDataIntro);
        foreach (var (profile, items) in profiles)
        {
            text.Append("\n\n");
            if (profiles.Count > 1)
            {
                var status = wording.MyDataStatus.GetValueOrDefault(profile.Status, profile.Status);
                text.Append(Wording.Fill(wording.MyDataWish, ("date", Date(profile.CreatedAt, wording, culture)), ("status", status))).Append('\n');
            }

            text.Append(SummaryWriter.Lines(questions, profile.Answers, wording, culture));
            if (profile.Requests.Count > 0)
            {
                text.Append("\n\n").Append(Wording.Fill(wording.MyDataRequests, ("business", business)));
                foreach (var request in profile.Requests)
                {
                    text.Append("\n- ").Append(Date(request.At, wording, culture)).Append(", ")
                        .Append(wording.RequestKinds.GetValueOrDefault(request.Kind, request.Kind)).Append(": ").Append(CustomerText.Markdown(request.Text));
                }
            }

            if (profile.ConsentAt is { } consentAt)
            {
                text.Append("\n\n").Append(Wording.Fill(wording.MyDataConsent, ("date", Date(consentAt, wording, culture))));
            }

            if (items.Count > 0)
            {
                text.Append("\n\n").Append(Wording.Fill(wording.MyDataNotes, ("business", business)));
                foreach (var item in items)
                {
                    var line = item.Kind == DisclosedItem.Reply ? wording.MyDataReply : wording.MyDataNote;
                    text.Append("\n- ").Append(Wording.Fill(line, ("date", Date(item.At, wording, culture)), ("text", CustomerText.Markdown(item.Text))));
                }
            }
        }

        return text.Append("\n\n").Append(wording.MyDataTranscript).ToString();
    }

    private static string Date(DateTimeOffset at, Wording wording, CultureInfo culture) => at.ToString(wording.DateFormat, culture);
}
