using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.WebChat;

/// <summary>
/// The whole interview in a real Chromium with the real bot, in German and English, then the completed profile through the owner API and a resume.
/// Needs the interview (Bots/, Interview/) and <c>/api/owner/profiles</c>: until they are in the build it skips and says so.
/// </summary>
public sealed class InterviewBrowserTests
{
    private const string OwnerKey = "owner-test-key-0123456789";

    private static readonly string[] GermanAnswers =
    [
        "ja",
        "Anna Schmidt",
        "eine neue Website für meine Bäckerei",
        "Ich möchte, dass meine Kunden online vorbestellen können",
        "bis Ende März",
        "5.000 €",
        "anna@example.com",
        "ja",
    ];

    private static readonly string[] EnglishAnswers =
    [
        "yes",
        "my name is John Miller",
        "a new website for my shop",
        "I want my customers to pre-order online",
        "by the end of March",
        "about $5,000",
        "john@example.com",
        "yes",
    ];

    [Fact]
    public async Task An_English_customer_on_the_German_page_is_offered_English_gets_it_and_hears_the_number_back_grouped()
    {
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?> { ["Bot:BusinessName"] = "Bäckerei Sonne" }, realBot: true, "de-DE");
        try
        {
            await chat.OpenAsync();
            var offered = "";
            foreach (var line in new[] { "ja", "my name is John Miller", "I need a new website for my shop", "more time with my customers", "by the end of March", "around 3,000 euros", "my number is 0171 2345678" })
            {
                var reply = await chat.SayAsync(line);
                offered = line == "my name is John Miller" ? reply : offered;
            }

            var shown = await chat.BotMessagesAsync();
            Assert.Contains("Happy to carry on in English too", offered);
            Assert.Contains(shown, text => text.Contains("carry on in English.", StringComparison.Ordinal));
            // The summary in English reads the amount as English does ("3,000", not the page's "3.000"); the number for Germany.
            Assert.Contains(shown, text => text.Contains("+49 171 2345678", StringComparison.Ordinal) && text.Contains("3,000 EUR", StringComparison.Ordinal));
            // Web Chat's own words and the chat's language follow (screen readers read the English replies as English); what the
            // customer sends keeps the page's locale, which the German reading of "0171 2345678" above shows.
            Assert.Equal("Type your message", await chat.Page.Locator("[data-id='webchat-sendbox-input']").GetAttributeAsync("placeholder"));
            Assert.Equal("en-US", await chat.Page.Locator("#partnerbot-chat > div[lang]").GetAttributeAsync("lang"));
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    [Theory]
    [InlineData(true, "de-DE")]
    [InlineData(false, "de-DE")]
    [InlineData(true, "en-US")]
    public async Task A_customer_completes_the_interview_and_resumes_after_a_reload(bool webSocket, string locale)
    {
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        await using var chat = await ChatBrowser.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:UseWebSocket"] = webSocket ? "true" : "false",
            ["Bot:BusinessName"] = "Bäckerei Sonne",
            ["Owner:ApiKey"] = OwnerKey,
        }, realBot: true, locale);
        using var owner = new HttpClient { BaseAddress = new Uri(chat.BaseUrl) };
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OwnerKey);
        try
        {
            await chat.OpenAsync();
            var greeting = (await chat.BotMessagesAsync())[0];
            Assert.False(string.IsNullOrWhiteSpace(greeting));

            foreach (var answer in english ? EnglishAnswers : GermanAnswers)
            {
                await chat.SayAsync(answer);
            }

            var email = english ? "john@example.com" : "anna@example.com";
            var profiles = await CompletedProfilesAsync(owner);
            Assert.Contains(profiles, profile => ((string?)profile["email"])?.Equals(email, StringComparison.OrdinalIgnoreCase) == true);
            await chat.ScreenshotAsync($"webchat-interview-{locale}-{(webSocket ? "websocket" : "polling")}.png", alsoToDocs: webSocket && !english);

            var shown = await chat.BotMessagesAsync();
            await chat.ReloadAsync(shown.Count);

            var resumed = await chat.BotMessagesAsync();
            Assert.Equal(shown, resumed);
            Assert.Single(resumed, text => text == greeting);
        }
        catch (Exception exception) when (chat.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Browser console:{Environment.NewLine}{chat.ConsoleLog}", exception);
        }
    }

    /// <summary>The profiles the owner API reports as completed (it answers an array or a page with an array).</summary>
    private static async Task<List<JsonObject>> CompletedProfilesAsync(HttpClient owner)
    {
        var response = await owner.GetAsync("/api/owner/profiles", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var items = body as JsonArray ?? body!.AsObject().Select(p => p.Value).OfType<JsonArray>().First();
        return items.OfType<JsonObject>()
            .Where(p => (string?)p["status"] == "completed" || p["completed"] is JsonValue value && (value.TryGetValue<bool>(out var done) ? done : value.ToString().Length > 0))
            .ToList();
    }
}
