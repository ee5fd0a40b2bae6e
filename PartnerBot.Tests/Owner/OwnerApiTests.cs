using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Owner;

public class OwnerApiTests : IClassFixture<PartnerBotFactory>
{
    private readonly PartnerBotFactory _factory;

    public OwnerApiTests(PartnerBotFactory factory) => _factory = factory;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic dGVzdA==")]
    public async Task Without_the_api_key_the_api_answers_401(string? authorization)
    {
        using var client = _factory.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (method, url) in new[] { (HttpMethod.Get, "/api/owner/profiles"), (HttpMethod.Get, "/api/owner/profiles/x"), (HttpMethod.Delete, "/api/owner/profiles/x") })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, url));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Without_a_configured_key_the_api_is_off_and_says_so()
    {
        await using var factory = PartnerBotFactory.With(new Dictionary<string, string?> { ["Owner:ApiKey"] = "" });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "");
        using var response = await client.GetAsync("/api/owner/profiles");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Owner:ApiKey", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Profiles_can_be_filtered_by_status_and_text_and_erased()
    {
        using var bot = _factory.CreateClient();
        var marker = "Zimt" + new string(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))).ToArray());
        var done = new HttpChat(bot, "de-DE", "done-" + marker);
        await done.JoinAsync();
        await done.SayAllAsync("ja", "Carla " + marker, "eine Hochzeitstorte", "ein schönes Fest", "im Mai", "500 €", "carla@example.com", "ja");
        var open = new HttpChat(bot, "de-DE", "open-" + marker);
        await open.JoinAsync();
        await open.SayAllAsync("ja", "Dora " + marker);

        using var owner = _factory.CreateOwnerClient();
        var all = await owner.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal("Dora " + marker, all.GetProperty("items")[0].GetProperty("name").GetString());

        var completed = await owner.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}&status=completed");
        var item = Assert.Single(completed.GetProperty("items").EnumerateArray());
        Assert.Equal("Carla " + marker, item.GetProperty("name").GetString());

        var id = item.GetProperty("id").GetString();
        var one = await owner.GetFromJsonAsync<JsonElement>($"/api/owner/profiles/{id}");
        Assert.Equal("carla@example.com", one.GetProperty("email").GetString());
        Assert.Equal(6, one.GetProperty("entries").GetArrayLength());

        using (var deleted = await owner.DeleteAsync($"/api/owner/profiles/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await owner.GetAsync($"/api/owner/profiles/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var after = await owner.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}");
        Assert.Equal(1, after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_bad_status_filter_is_a_400()
    {
        using var owner = _factory.CreateOwnerClient();
        using var response = await owner.GetAsync("/api/owner/profiles?status=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Responses_are_not_cached()
    {
        using var owner = _factory.CreateOwnerClient();
        using var response = await owner.GetAsync("/api/owner/profiles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
