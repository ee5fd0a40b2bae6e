using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PartnerBot.Owner;

namespace PartnerBot.Tests.Owner;

public class OwnerEntraTests
{
    private const string ClientId = "00000000-0000-0000-0000-000000000002";

    [Fact]
    public async Task With_Entra_configured_the_sign_in_goes_to_Microsoft_with_PKCE_instead_of_the_password()
    {
        await using var app = OwnerAppFactory.With(
            new Dictionary<string, string?> { ["Owner:Entra:TenantId"] = "00000000-0000-0000-0000-000000000001", ["Owner:Entra:ClientId"] = ClientId },
            // The provider's metadata, given here so the test never reaches out to Entra ID.
            services => services.PostConfigure<OpenIdConnectOptions>(OwnerAuthentication.EntraScheme, options =>
            {
                options.Configuration = new OpenIdConnectConfiguration { AuthorizationEndpoint = "https://login.test/authorize", Issuer = "https://login.test/" };
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
            }));
        Assert.NotNull(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OwnerAuthentication.EntraScheme));

        using var client = app.CreateOwnerClient();
        var html = await client.GetPageAsync("/owner/signin");
        Assert.Contains("Mit Microsoft anmelden", html);
        Assert.DoesNotContain("type=\"password\"", html);

        using var challenge = await client.GetAsync("/owner/signin?handler=Entra");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith("https://login.test/authorize?", location);
        Assert.Contains("client_id=" + ClientId, location);
        Assert.Contains("code_challenge=", location);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fowner%2Fsignin-oidc", location);

        using var password = await client.PostFormAsync(
            "/owner/signin", new Dictionary<string, string> { ["UserName"] = OwnerAppFactory.UserName, ["Password"] = OwnerAppFactory.Password }, token: null);
        Assert.NotEqual(HttpStatusCode.Redirect, password.StatusCode);

        // The dashboard still sends a stranger to its own sign-in page first.
        using var inbox = await client.GetAsync("/owner");
        Assert.StartsWith("/owner/signin", inbox.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Without_Entra_there_is_no_OpenID_Connect_scheme()
    {
        await using var app = new OwnerAppFactory();
        Assert.Null(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OwnerAuthentication.EntraScheme));
        using var client = app.CreateOwnerClient();
        using var challenge = await client.GetAsync("/owner/signin?handler=Entra");
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
    }
}
