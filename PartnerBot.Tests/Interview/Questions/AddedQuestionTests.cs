using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Interview.Questions;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Owner;

namespace PartnerBot.Tests.Interview.Questions;

/// <summary>A seventh question, defined only here (its definition and its wording), runs through the interview, the summary, the
/// stored profile, the owner API, the CSV export, the search and the dashboard.</summary>
public sealed class AddedQuestionTests
{
    private static readonly FreeTextQuestion Source = new("source", required: false)
    {
        WholeMessage = true,
        OwnWording = new Dictionary<string, QuestionWording>
        {
            ["de"] = new("Wie haben Sie von uns erfahren?", "Zum Beispiel: über Google, eine Empfehlung oder die Zeitung.", "Erfahren über"),
            ["en"] = new("How did you hear about us?", "For example: through Google, a recommendation or the newspaper.", "Heard about us"),
        },
    };

    [Fact]
    public async Task A_question_added_by_its_definition_alone_is_asked_stored_shown_exported_searched_and_listed()
    {
        await using var factory = OwnerAppFactory.With(new Dictionary<string, string?>(), services => services.AddSingleton<Question>(Source));
        using var http = factory.CreateClient();
        var chat = new HttpChat(http, "de-DE", "gast-7");
        await chat.JoinAsync();
        await chat.SayAllAsync("ja", "Anna Schmidt", "eine neue Website für mein Café", "mehr Zeit für meine Familie", "bis Ende März", "ca. 5.000 €");
        var asked = string.Join("\n", await chat.SayAsync("anna@example.com"));
        Assert.Contains("Wie haben Sie von uns erfahren?", asked);

        var summary = string.Join("\n", await chat.SayAsync("über eine Empfehlung vom Nachbarn"));
        Assert.Contains("- Erfahren über: über eine Empfehlung vom Nachbarn", summary);
        Assert.Contains("- E-Mail: anna@example.com", summary);
        await chat.SayAsync("ja");

        var profile = Assert.Single((await factory.Profiles.QueryAsync(new PartnerBot.Profiles.ProfileQuery(), default)).Items);
        Assert.Equal("completed", profile.Status);
        Assert.Equal("über eine Empfehlung vom Nachbarn", profile.Answers.Text("source"));

        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", OwnerAppFactory.ApiKey);
        var view = (await api.GetFromJsonAsync<JsonObject>($"/api/owner/profiles/{profile.Id}"))!;
        Assert.Equal("über eine Empfehlung vom Nachbarn", (string?)view["source"]);
        Assert.Equal("Anna Schmidt", (string?)view["name"]);
        Assert.Contains(view["entries"]!.AsArray(), e => (string?)e!["slot"] == "source" && (string?)e["text"] == "über eine Empfehlung vom Nachbarn");
        var found = (await api.GetFromJsonAsync<JsonObject>("/api/owner/profiles?q=nachbarn"))!;
        Assert.Equal(1, (int?)found["total"]);

        var csv = Encoding.UTF8.GetString(await api.GetByteArrayAsync("/api/owner/export.csv"));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.EndsWith("\"email\",\"phone\",\"contactWithheld\",\"source\",\"requests\",\"consentAt\",\"locale\",\"channelId\"", lines[0]);
        Assert.Contains("\"anna@example.com\",\"\",\"\",\"über eine Empfehlung vom Nachbarn\"", lines[1]);

        using var owner = await factory.SignedInAsync();
        var page = await owner.GetPageAsync($"/owner/profiles/{profile.Id}");
        Assert.Contains("<dt>Erfahren über</dt>", page);
        Assert.Contains("über eine Empfehlung vom Nachbarn", page);
    }

    [Fact]
    public async Task Skipping_the_added_question_leaves_it_out_and_the_summary_says_so()
    {
        await using var factory = OwnerAppFactory.With(new Dictionary<string, string?>(), services => services.AddSingleton<Question>(Source));
        using var http = factory.CreateClient();
        var chat = new HttpChat(http, "en-GB", "guest-7");
        await chat.JoinAsync();
        await chat.SayAllAsync("yes", "Tom Baker", "a garden redesign", "more time outdoors", "by the end of May", "about 3,000 pounds");
        Assert.Contains("How did you hear about us?", string.Join("\n", await chat.SayAsync("tom@example.com")));
        var summary = string.Join("\n", await chat.SayAsync("skip"));
        Assert.Contains("- Heard about us: —", summary);
    }
}
