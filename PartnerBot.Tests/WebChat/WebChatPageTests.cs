using System.Net;
using System.Net.Http.Headers;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>The page, the embed script, Web Chat's bundle and CORS for other sites.</summary>
public sealed class WebChatPageTests
{
    private static readonly Dictionary<string, string?> Business = new()
    {
        ["WebChat:BusinessName"] = "Bäckerei <Sonne>",
        ["WebChat:AccentColor"] = "#aa5500",
        ["WebChat:Welcome:de"] = "Moin! Was dürfen wir für Sie backen?",
        ["WebChat:AvatarUrl"] = "/avatar.png",
    };

    [Fact]
    public async Task The_page_shows_the_business_in_the_browsers_language()
    {
        await using var factory = new WebChatFactory(Business);
        var http = factory.CreateClient();

        var german = await GetPageAsync(http, "de-DE,de;q=0.9");
        var english = await GetPageAsync(http, "en-GB,en;q=0.8");

        Assert.Contains("<html lang=\"de\">", german);
        Assert.Contains("Bäckerei &lt;Sonne&gt;", german);
        Assert.DoesNotContain("<Sonne>", german);
        Assert.Contains("Moin! Was dürfen wir für Sie backen?", german);
        Assert.Contains("--partnerbot-accent: #aa5500", german);
        Assert.Contains("\"locale\":\"de-DE\"", german);
        Assert.Contains("\"avatarUrl\":\"http://localhost/avatar.png\"", german);
        Assert.Contains($"webchat/{WebChatAssets.BundleName}?v={WebChatAssets.Version}", german);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Great to have you here!", english);
        Assert.Contains("\"locale\":\"en-US\"", english);
    }

    [Fact]
    public async Task Without_its_own_name_the_page_uses_the_bots_business_name()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["Bot:BusinessName"] = "Konditorei Mond" });

        var page = await GetPageAsync(factory.CreateClient(), "de-DE");

        Assert.Contains("<h1>Konditorei Mond</h1>", page);
        Assert.Contains("<title>Chat mit Konditorei Mond</title>", page);
    }

    [Fact]
    public async Task Web_Chat_the_page_script_and_the_embed_are_served()
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();

        foreach (var path in new[] { $"/webchat/{WebChatAssets.BaseName}", $"/webchat/{WebChatAssets.BundleName}", $"/webchat/{WebChatAssets.BundleName}.LICENSE.txt", "/webchat/chat.js", "/webchat/chat.css", "/embed.js" })
        {
            var response = await http.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }

        // Web Chat in two parts of similar size (compiled side by side), together the whole of it.
        long total = 0;
        foreach (var name in new[] { WebChatAssets.BaseName, WebChatAssets.BundleName })
        {
            var part = await http.GetAsync($"/webchat/{name}", Cancel);
            Assert.Equal("text/javascript", part.Content.Headers.ContentType?.MediaType);
            Assert.True(part.Content.Headers.ContentLength > 400_000, $"{name}: {part.Content.Headers.ContentLength} bytes");
            total += part.Content.Headers.ContentLength ?? 0;
        }

        Assert.True(total > 1_000_000, $"Web Chat: {total} bytes");

        // The bundle is built from npm's packages: its licence file names each one it holds.
        var licences = await http.GetStringAsync($"/webchat/{WebChatAssets.BundleName}.LICENSE.txt", Cancel);
        foreach (var package in new[] { "botframework-webchat-component 4.18.1 (MIT)", "botframework-directlinejs ", "markdown-it ", "react-dom " })
        {
            Assert.Contains(package, licences, StringComparison.Ordinal);
        }

        Assert.Contains("/api/webchat/settings", await http.GetStringAsync("/embed.js", Cancel));
    }

    [Fact]
    public async Task The_embed_settings_answer_other_origins_and_carry_no_secret()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:DirectLineSecret"] = "very-secret-value" });
        var http = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/webchat/settings?lang=en");
        request.Headers.Add("Origin", "https://www.baeckerei-sonne.de");

        var response = await http.SendAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("\"tokenUrl\":\"http://localhost/api/webchat/token\"", body);
        Assert.DoesNotContain("very-secret-value", body);
        Assert.DoesNotContain("very-secret-value", await http.GetStringAsync("/", Cancel));
    }

    [Fact]
    public async Task Direct_Line_preflight_allows_the_headers_DirectLineJS_sends()
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        request.Headers.Add("Origin", "https://www.baeckerei-sonne.de");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        var response = await http.SendAsync(request, Cancel);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("x-ms-bot-agent", allowed);
        Assert.Contains("x-requested-with", allowed);
    }

    [Fact]
    public async Task Configured_origins_limit_CORS()
    {
        await using var factory = new WebChatFactory(new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "https://www.baeckerei-sonne.de" });
        var http = factory.CreateClient();

        var allowed = await GetWithOriginAsync(http, "https://www.baeckerei-sonne.de");
        var other = await GetWithOriginAsync(http, "https://evil.example");

        Assert.Equal("https://www.baeckerei-sonne.de", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<string> GetPageAsync(HttpClient http, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await http.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static Task<HttpResponseMessage> GetWithOriginAsync(HttpClient http, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/webchat/settings");
        request.Headers.Add("Origin", origin);
        return http.SendAsync(request, Cancel);
    }
}
