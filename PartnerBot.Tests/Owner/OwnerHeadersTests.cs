using System.Net;

namespace PartnerBot.Tests.Owner;

public class OwnerHeadersTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    [Theory]
    [InlineData("/owner")]
    [InlineData("/owner/overview")]
    [InlineData("/owner/profiles/{0}")]
    [InlineData("/owner/profiles/{0}/delete")]
    [InlineData("/owner/export?format=csv")]
    [InlineData("/owner/export?format=json")]
    public async Task Dashboard_pages_and_exports_carry_a_strict_CSP_no_store_and_nosniff(string template)
    {
        var profile = await factory.Profiles.AddAsync("Hanna Header", "Baguette", factory.Time.GetUtcNow());
        using var client = await factory.SignedInAsync();
        using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, profile.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertDashboardHeaders(response);
    }

    [Fact]
    public async Task The_sign_in_page_and_the_redirect_to_it_carry_them_too()
    {
        using var client = factory.CreateOwnerClient();
        using var signIn = await client.GetAsync("/owner/signin");
        AssertDashboardHeaders(signIn);
        using var redirect = await client.GetAsync("/owner");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        AssertDashboardHeaders(redirect);
    }

    [Fact]
    public async Task Api_exports_are_not_cached_and_not_sniffed()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", OwnerAppFactory.ApiKey);
        using var response = await client.GetAsync("/api/owner/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    private static void AssertDashboardHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("base-uri 'none'", directives["base-uri"]);
        Assert.Equal("script-src 'none'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
