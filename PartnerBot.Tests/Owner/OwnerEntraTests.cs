using System.Net;

namespace PartnerBot.Tests.Owner;

public class OwnerEntraTests
{
    [Fact]
    public async Task With_Entra_configured_the_sign_in_offers_Microsoft_instead_of_the_password()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Owner:Entra:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Owner:Entra:ClientId"] = "00000000-0000-0000-0000-000000000002",
        });
        using var client = app.CreateOwnerClient();
        var html = await client.GetPageAsync("/owner/signin");
        Assert.Contains("Mit Microsoft anmelden", html);
        Assert.DoesNotContain("type=\"password\"", html);

        using var password = await client.PostFormAsync(
            "/owner/signin", new Dictionary<string, string> { ["UserName"] = OwnerAppFactory.UserName, ["Password"] = OwnerAppFactory.Password }, token: null);
        Assert.NotEqual(HttpStatusCode.Redirect, password.StatusCode);
        Assert.False(password.Headers.Contains("Set-Cookie") && password.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal)));
        // The dashboard still sends a stranger to its own sign-in page (no call to Entra ID happens in this test).
        using var inbox = await client.GetAsync("/owner");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.StartsWith("/owner/signin", inbox.Headers.Location!.PathAndQuery);
    }
}
