using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Access;

namespace PartnerBot.Tests.Owner;

public class OwnerAuthTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    public static TheoryData<string, string> OwnerRoutes => new()
    {
        { "GET", "/owner" },
        { "GET", "/owner?q=Anna&status=new" },
        { "GET", "/owner/overview" },
        { "GET", "/owner/profiles/p-1" },
        { "GET", "/owner/profiles/p-1/delete" },
        { "GET", "/owner/export?format=csv" },
        { "GET", "/owner/export?format=json" },
        { "GET", "/owner/signout" },
        { "POST", "/owner/profiles/p-1?handler=FollowUp" },
        { "POST", "/owner/profiles/p-1?handler=Reply" },
        { "POST", "/owner/profiles/p-1/delete" },
    };

    [Theory]
    [MemberData(nameof(OwnerRoutes))]
    public async Task No_dashboard_route_is_reachable_without_signing_in(string method, string url)
    {
        using var client = factory.CreateOwnerClient();
        using var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        if (method == "GET")
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/owner/signin", response.Headers.Location!.PathAndQuery);
        }
        else
        {
            // Without a session there is no valid antiforgery token either; either way nothing happens.
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{method} {url}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/api/owner/profiles")]
    [InlineData("/api/owner/export.csv")]
    [InlineData("/api/owner/export.json")]
    public async Task The_api_needs_the_key_even_with_a_dashboard_session(string url)
    {
        using var client = await factory.SignedInAsync();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_SameSite_Strict_cookie_and_opens_the_inbox()
    {
        using var client = factory.CreateOwnerClient();
        using var response = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/owner", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);

        using var inbox = await client.GetAsync("/owner");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task On_https_the_cookie_is_Secure()
    {
        using var client = factory.CreateOwnerClient(baseAddress: new Uri("https://localhost"));
        using var response = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_return_url_inside_the_dashboard_is_followed_and_one_outside_is_not()
    {
        using var client = factory.CreateOwnerClient();
        var token = await client.TokenAsync("/owner/signin");
        var fields = new Dictionary<string, string> { ["UserName"] = OwnerAppFactory.UserName, ["Password"] = OwnerAppFactory.Password, ["ReturnUrl"] = "/owner/overview" };
        using (var inside = await client.PostFormAsync("/owner/signin", fields, token))
        {
            Assert.Equal("/owner/overview", inside.Headers.Location!.OriginalString);
        }

        using var other = factory.CreateOwnerClient();
        token = await other.TokenAsync("/owner/signin");
        fields["ReturnUrl"] = "https://evil.example/owner";
        using var outside = await other.PostFormAsync("/owner/signin", fields, token);
        Assert.Equal("/owner", outside.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await factory.SignedInAsync();
        var token = await client.TokenAsync("/owner/signout");
        using (var signedOut = await client.PostFormAsync("/owner/signout", new Dictionary<string, string>(), token))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var inbox = await client.GetAsync("/owner");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Without_Owner_Password_one_is_generated_and_only_its_hash_is_stored()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?> { ["Owner:Password"] = null });
        using var client = app.CreateOwnerClient();
        using var refused = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var stored = await app.Storage.ReadAsync<OwnerCredentials>([OwnerCredentials.Key], CancellationToken.None);
        var hash = stored[OwnerCredentials.Key].PasswordHash;
        Assert.StartsWith("pbkdf2-sha256$600000$", hash);
        var again = await app.Services.GetRequiredService<OwnerPassword>().GetHashAsync(CancellationToken.None);
        Assert.Equal(hash, again);
    }

    [Fact]
    public void Password_hashes_are_salted_and_verify_only_the_right_password()
    {
        var first = PasswordHash.Create("Brötchen-123");
        var second = PasswordHash.Create("Brötchen-123");
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("Brötchen", first);
        Assert.True(PasswordHash.Verify("Brötchen-123", first));
        Assert.False(PasswordHash.Verify("Brötchen-124", first));
        Assert.False(PasswordHash.Verify("Brötchen-123", "md5$1$x$y"));
    }
}
