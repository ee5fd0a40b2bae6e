using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartnerBot.Tests.Owner;

public class OwnerApiFilterTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    [Fact]
    public async Task The_api_filters_by_follow_up_and_date_and_pages()
    {
        var marker = "Api" + Guid.NewGuid().ToString("N")[..6];
        var now = factory.Time.GetUtcNow();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await factory.Profiles.AddAsync($"{marker} {i}", "Brot", now.AddDays(-i))).Id);
        }

        await factory.Profiles.SetFollowUpAsync(ids[3], "contacted", CancellationToken.None);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", OwnerAppFactory.ApiKey);

        var page = await api.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}&skip=1&take=2");
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal([$"{marker} 1", $"{marker} 2"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());

        var contacted = await api.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}&followUp=contacted");
        Assert.Equal($"{marker} 3", Assert.Single(contacted.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        var since = Uri.EscapeDataString(now.AddDays(-2).AddMinutes(-1).ToString("O"));
        var recent = await api.GetFromJsonAsync<JsonElement>($"/api/owner/profiles?q={marker}&since={since}");
        Assert.Equal(3, recent.GetProperty("total").GetInt32());

        using var bad = await api.GetAsync("/api/owner/profiles?followUp=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Without_the_key_every_api_route_is_401()
    {
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", "wrong");
        foreach (var url in new[] { "/api/owner/profiles", "/api/owner/profiles/x", "/api/owner/export.csv", "/api/owner/export.json" })
        {
            using var response = await api.GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
