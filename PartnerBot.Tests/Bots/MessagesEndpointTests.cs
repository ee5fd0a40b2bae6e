using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Bots;

public class MessagesEndpointTests : IClassFixture<PartnerBotFactory>
{
    private readonly PartnerBotFactory _factory;

    public MessagesEndpointTests(PartnerBotFactory factory) => _factory = factory;

    [Theory]
    [InlineData("de-DE", "ja", "Anna Schmidt", "eine neue Website für meine Bäckerei", "mehr Zeit mit meiner Familie", "bis Ende März", "ca. 5.000 €", "anna@example.com", "ja")]
    [InlineData("en-US", "yes", "my name is John Miller", "a new website for my shop", "more time with my family", "by the end of March", "about $5,000", "john@example.com", "yes")]
    public async Task A_customer_completes_the_interview_over_http_and_the_owner_sees_every_answer(string locale, params string[] answers)
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, locale, "user-" + Guid.NewGuid().ToString("N")[..8]);
        var greeting = await chat.JoinAsync();
        Assert.Equal(2, greeting.Count);

        foreach (var answer in answers[..^1])
        {
            Assert.NotEmpty(await chat.SayAsync(answer));
            var inProgress = await ProfileOfAsync(chat.UserId);
            Assert.Equal("in-progress", inProgress.GetProperty("status").GetString());
        }

        Assert.NotEmpty(await chat.SayAsync(answers[^1]));
        var profile = await ProfileOfAsync(chat.UserId);
        Assert.True(profile.GetProperty("completed").GetBoolean());
        Assert.Equal("completed", profile.GetProperty("status").GetString());
        Assert.Equal(locale, profile.GetProperty("locale").GetString());
        Assert.Equal("2027-03-31", profile.GetProperty("timeframe").GetProperty("date").GetString());
        Assert.Equal(5000m, profile.GetProperty("budget").GetProperty("amount").GetDecimal());
        var slots = profile.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("slot").GetString()).ToList();
        Assert.Equal(["name", "wish", "vision", "timeframe", "budget", "email"], slots);
        Assert.All(profile.GetProperty("entries").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task A_rich_sentence_over_http_fills_several_slots()
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, "de-DE", "user-" + Guid.NewGuid().ToString("N")[..8]);
        await chat.JoinAsync();
        await chat.SayAsync("ja");
        await chat.SayAsync("Hallo, ich bin Anna Schmidt, ich brauche bis zum 1. April 2027 eine neue Website für 5.000 €, anna@example.com");
        var profile = await ProfileOfAsync(chat.UserId);
        Assert.Equal("Anna Schmidt", profile.GetProperty("name").GetString());
        Assert.Equal("eine neue Website", profile.GetProperty("wish").GetString());
        Assert.Equal("2027-04-01", profile.GetProperty("timeframe").GetProperty("date").GetString());
        Assert.Equal("EUR", profile.GetProperty("budget").GetProperty("currency").GetString());
        Assert.Equal("anna@example.com", profile.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_customer_who_declines_over_http_leaves_no_profile()
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, "de-DE", "user-" + Guid.NewGuid().ToString("N")[..8]);
        await chat.SayAsync("Hallo, ich bin Berta Beispiel");
        await chat.SayAsync("nein");
        await chat.SayAsync("berta@example.com");
        using var owner = _factory.CreateOwnerClient();
        var page = await owner.GetFromJsonAsync<JsonElement>("/api/owner/profiles?q=Berta");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("\"just a string\"")]
    public async Task Malformed_activities_get_400_not_500(string body)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_a_4xx()
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, "de-DE", "huge");
        var activity = chat.Activity("message", new string('a', 600_000));
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_20000_character_message_is_answered_kindly()
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, "de-DE", "long-" + Guid.NewGuid().ToString("N")[..8]);
        await chat.JoinAsync();
        var replies = await chat.SayAsync(new string('x', 20_000));
        Assert.Contains("2.000", replies[0]);
    }

    [Fact]
    public async Task Unknown_activity_types_get_a_2xx()
    {
        using var client = _factory.CreateClient();
        var chat = new HttpChat(client, "de-DE", "odd");
        Assert.Empty(await chat.PostAsync(chat.Activity("somethingNew", null)));
    }

    [Fact]
    public async Task Healthz_is_200_once_ready()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> ProfileOfAsync(string userId)
    {
        using var owner = _factory.CreateOwnerClient();
        var page = await owner.GetFromJsonAsync<JsonElement>("/api/owner/profiles?take=200");
        return page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("userId").GetString() == userId);
    }
}
