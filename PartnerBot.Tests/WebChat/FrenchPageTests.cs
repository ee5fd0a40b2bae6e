using System.Net;
using System.Text.Json.Nodes;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The page in French: from the browser's languages, from <c>?locale=</c> or <c>?lang=</c>, with its own welcome line.</summary>
public sealed class FrenchPageTests
{
    [Fact]
    public async Task A_French_browser_gets_the_French_page()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:BusinessName"] = "Boulangerie Soleil" });
        var page = await GetAsync(factory.CreateClient(), "/", "fr-FR,fr;q=0.9,en;q=0.5");

        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("Ravis de vous accueillir !", page);
        Assert.Contains("Mentions légales", page);
        Assert.Contains("\"locale\":\"fr-FR\"", page);
        Assert.DoesNotContain("Impressum", page);
    }

    [Theory]
    [InlineData("/?locale=fr-CH", "fr-CH")]
    [InlineData("/?lang=fr", "fr-FR")]
    [InlineData("/?locale=fr-FR", "fr-FR")]
    public async Task The_page_asks_for_French_whatever_the_browser_says(string url, string locale)
    {
        await using var factory = new WebChatFactory();
        var page = await GetAsync(factory.CreateClient(), url, "de-DE,de;q=0.9");

        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("Ouvrir le chat", page);
        Assert.Contains($"\"locale\":\"{locale}\"", page);
    }

    [Fact]
    public async Task The_settings_carry_the_French_wording_and_a_configured_French_welcome()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:Welcome:fr"] = "Bienvenue à la boulangerie !" });
        var settings = JsonNode.Parse(await GetAsync(factory.CreateClient(), "/api/webchat/settings?locale=fr-CH", "en-US"))!;

        Assert.Equal("fr", (string?)settings["language"]);
        Assert.Equal("fr-CH", (string?)settings["locale"]);
        Assert.Equal("Bienvenue à la boulangerie !", (string?)settings["welcome"]);
        Assert.Equal("Fermer le chat", (string?)settings["closeChat"]);
    }

    [Fact]
    public async Task An_unsupported_language_gets_German()
    {
        await using var factory = new WebChatFactory();
        var page = await GetAsync(factory.CreateClient(), "/?locale=it-IT", "es-ES");

        Assert.Contains("<html lang=\"de\">", page);
        Assert.Contains("\"locale\":\"de-DE\"", page);
    }

    private static async Task<string> GetAsync(HttpClient http, string url, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await http.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }
}
