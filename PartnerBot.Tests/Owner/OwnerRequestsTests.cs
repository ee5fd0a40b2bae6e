using System.Text;
using PartnerBot.Interview.Questions;
using PartnerBot.Owner;
using PartnerBot.Owner.Exports;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner;

/// <summary>The owner sees a customer's requests at a glance: in the inbox, on the profile page, in the API and the exports.</summary>
public class OwnerRequestsTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    private static readonly Questionnaire Questions = new(InterviewQuestions.Create());

    [Fact]
    public async Task The_inbox_shows_a_badge_per_kind_and_the_profile_page_lists_the_requests_first()
    {
        var asked = await factory.Profiles.AddAsync("Rita Rückruf", "eine Torte", factory.Time.GetUtcNow(), status: ProfileStatus.InProgress);
        asked.Requests.Add(new ProfileRequest(RequestKind.Callback, "Bitte rufen Sie mich morgen an", factory.Time.GetUtcNow()));
        asked.Requests.Add(new ProfileRequest(RequestKind.Question, "Machen Sie auch Hausbesuche?", factory.Time.GetUtcNow()));
        asked.Requests.Add(new ProfileRequest(RequestKind.Question, "Liefern Sie auch sonntags?", factory.Time.GetUtcNow()));
        await factory.Profiles.SaveAsync(asked, [], CancellationToken.None);
        var quiet = await factory.Profiles.AddAsync("Quentin Ruhig", "Brot", factory.Time.GetUtcNow());

        using var client = await factory.SignedInAsync();
        var inbox = await client.GetPageAsync("/owner?q=Rita");
        Assert.Contains("<span class=\"badge badge-request badge-request-callback\">Rückruf gewünscht</span>", inbox);
        Assert.Contains("<span class=\"badge badge-request badge-request-question\">Frage ×2</span>", inbox);

        var page = await client.GetPageAsync($"/owner/profiles/{asked.Id}");
        Assert.Contains("Anliegen an Sie", page);
        Assert.Contains("<q>Machen Sie auch Hausbesuche?</q>", page);
        Assert.True(page.IndexOf("Anliegen an Sie", StringComparison.Ordinal) < page.IndexOf("Was wir wissen", StringComparison.Ordinal));
        Assert.DoesNotContain("Anliegen an Sie", await client.GetPageAsync($"/owner/profiles/{quiet.Id}"));
    }

    [Fact]
    public void The_api_view_and_the_exports_carry_the_requests()
    {
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        var profile = new PartnerProfile { Id = "p1", UserId = "u1", ChannelId = "webchat", ConversationId = "c1", Name = "Rita", CreatedAt = at, UpdatedAt = at };
        profile.Requests.Add(new ProfileRequest(RequestKind.Complaint, "=Die Torte war zerdrückt", at));

        var view = OwnerProfileView.From(Questions, profile);
        var request = Assert.Single(view["requests"]!.AsArray())!;
        Assert.Equal(("complaint", "=Die Torte war zerdrückt"), ((string?)request["kind"], (string?)request["text"]));
        Assert.Equal(at, request["at"]!.GetValue<DateTimeOffset>());

        var csv = Encoding.UTF8.GetString(CsvExport.Write(Questions, [profile], ',', t => t));
        Assert.Contains("\"requests\"", csv);
        Assert.Contains("\"2026-11-26 10:00 complaint: =Die Torte war zerdrückt\"", csv);
    }
}
