using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner;

public class OwnerInboxUrgencyTests
{
    [Fact]
    public async Task Urgent_wishes_come_first_with_a_badge_and_a_visitor_who_only_said_yes_makes_no_row()
    {
        await using var app = new OwnerAppFactory();
        var now = app.Time.GetUtcNow();
        await app.Profiles.AddAsync("Uwe Eilig", "Hochzeitstorte", now.AddDays(-3), timeframe: new TimeframeValue("sofort, es ist dringend", null, null, Urgent: true));
        await app.Profiles.AddAsync("Nora Neu", "Brötchenabo", now.AddDays(-1));
        await app.Profiles.SaveAsync(new PartnerProfile
        {
            Id = "only-consent", UserId = "u-yes", ChannelId = "directline", ConversationId = "c-yes",
            ConsentAt = now, CreatedAt = now, UpdatedAt = now,
        }, [], CancellationToken.None);
        using var client = await app.SignedInAsync();

        var html = await client.GetPageAsync("/owner");

        Assert.True(html.IndexOf("Uwe Eilig", StringComparison.Ordinal) < html.IndexOf("Nora Neu", StringComparison.Ordinal), "urgent first");
        Assert.Contains("<span class=\"badge badge-urgent\">dringend</span>", html);
        Assert.Equal(1, html.Split("badge-urgent\">").Length - 1);
        Assert.DoesNotContain("(ohne Namen)", html);
        Assert.DoesNotContain("only-consent", html);
    }

    [Fact]
    public async Task An_urgent_profile_says_so_on_its_page_and_a_refused_contact_shows_as_such()
    {
        await using var app = new OwnerAppFactory();
        var profile = await app.Profiles.AddAsync("Uwe Eilig", "Hochzeitstorte", app.Time.GetUtcNow(), timeframe: new TimeframeValue("ASAP", null, null, Urgent: true));
        profile.Answers.Set(PartnerBot.Interview.Questions.ContactQuestion.WithheldField, System.Text.Json.Nodes.JsonValue.Create(true));
        await app.Profiles.SaveAsync(profile, [], CancellationToken.None);
        using var client = await app.SignedInAsync();

        var html = await client.GetPageAsync($"/owner/profiles/{profile.Id}");

        Assert.Contains("<span class=\"badge badge-urgent\">dringend</span>", html);
        Assert.Contains("Keine Kontaktdaten", html);
    }
}
