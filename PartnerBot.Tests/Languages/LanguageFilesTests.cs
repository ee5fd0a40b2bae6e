using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerBot.Bots;
using PartnerBot.Interview;
using PartnerBot.Languages;

namespace PartnerBot.Tests.Languages;

public class LanguageFilesTests
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void An_extra_wording_file_adds_a_question_and_keeps_the_others()
    {
        var main = JsonNode.Parse("""{ "thanks": "Danke!", "questions": { "name": "Wie heißen Sie?" }, "labels": { "name": "Name" } }""")!;
        var extra = JsonNode.Parse("""{ "questions": { "callback": "Wann dürfen wir anrufen?" }, "labels": { "callback": "Rückruf" } }""")!;

        var wording = LanguageFiles.Merge(main, extra).Deserialize<Wording>(CaseInsensitive)!;

        Assert.Equal("Danke!", wording.Thanks);
        Assert.Equal("Wie heißen Sie?", wording.Questions["name"]);
        Assert.Equal("Wann dürfen wir anrufen?", wording.Questions["callback"]);
        Assert.Equal("Rückruf", wording.Label("callback"));
    }

    [Fact]
    public void An_extra_wording_file_replaces_single_texts()
    {
        var main = JsonNode.Parse("""{ "thanks": "Danke!", "dontKnow": [ "weiß nicht" ] }""")!;
        var extra = JsonNode.Parse("""{ "thanks": "Vielen Dank!", "dontKnow": [ "keine Ahnung" ] }""")!;

        var merged = LanguageFiles.Merge(main, extra);

        Assert.Equal("Vielen Dank!", (string?)merged["thanks"]);
        Assert.Equal(["keine Ahnung"], merged["dontKnow"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [InlineData("de-DE", true)]
    [InlineData("en-GB", true)]
    [InlineData("fr-CH", true)]
    [InlineData("fr", true)]
    [InlineData("it-IT", false)]
    [InlineData("fr-FR; DROP", false)]
    [InlineData("", false)]
    public void The_default_locale_must_be_one_the_bot_speaks(string locale, bool valid)
    {
        var options = new BotOptions { DefaultLocale = locale };
        var results = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(valid, !results.Any(r => r.MemberNames.Contains(nameof(BotOptions.DefaultLocale))));
    }
}
