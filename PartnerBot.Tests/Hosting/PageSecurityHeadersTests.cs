using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Hosting;

/// <summary>The website page carries a CSP that lets Web Chat run and nothing else, who may frame it, and HSTS outside Development.</summary>
public class PageSecurityHeadersTests
{
    [Fact]
    public async Task The_page_has_a_CSP_with_frame_ancestors_self_nosniff_and_a_referrer_policy()
    {
        await using var app = new PartnerBotFactory();
        using var response = await app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Directives(response);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.StartsWith("'self' data:", csp["img-src"], StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Frame_ancestors_and_the_azure_direct_line_origin_follow_the_configuration()
    {
        await using var app = PartnerBotFactory.With(new Dictionary<string, string?>
        {
            ["Hosting:FrameAncestors:0"] = "'self'",
            ["Hosting:FrameAncestors:1"] = "https://www.baeckerei.example",
            ["WebChat:DirectLineSecret"] = "secret-for-the-test",
            ["WebChat:DirectLineEndpoint"] = "https://europe.directline.botframework.com/v3/directline",
        });
        using var response = await app.CreateClient().GetAsync("/");

        var csp = Directives(response);
        Assert.Equal("'self' https://www.baeckerei.example", csp["frame-ancestors"]);
        Assert.Equal("'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com", csp["connect-src"]);
    }

    [Fact]
    public async Task A_frame_ancestor_that_is_not_an_origin_stops_the_app_with_a_clear_message()
    {
        await using var app = PartnerBotFactory.With(new Dictionary<string, string?> { ["Hosting:FrameAncestors:0"] = "https://a.example; script-src *" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Hosting:FrameAncestors", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_https_responses_carry_HSTS_and_in_Development_they_do_not()
    {
        await using var production = new EnvironmentFactory("Production");
        using var https = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bot.baeckerei.example") });
        using var secured = await https.GetAsync("/");
        Assert.Contains("max-age=", secured.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        await using var development = new EnvironmentFactory("Development");
        using var local = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bot.baeckerei.example") });
        using var plain = await local.GetAsync("/");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_dashboard_keeps_its_own_stricter_policy()
    {
        await using var app = new PartnerBotFactory();
        using var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/owner/signin");
        Assert.Equal("'none'", Directives(response)["script-src"]);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private sealed class EnvironmentFactory(string environment) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Storage:Provider", "Memory");
            builder.UseSetting("Owner:Password", "Sonnen-Schein-2026");
            builder.UseSetting("Bot:WarmUpTurns", "false");
        }
    }
}
