using System.Net;
using Microsoft.Bot.Builder;
using PartnerBot.Owner.Access;

namespace PartnerBot.Tests.Owner;

/// <summary>The owner's cookie opens the dashboard only while its server-side session lives: sign-out, a new password and the lifetime end it.</summary>
public class OwnerSessionTests
{
    [Fact]
    public async Task A_cookie_saved_before_signing_out_is_refused_after_it()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient();
        using var signedIn = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        var copied = SessionCookie(signedIn);
        Assert.Equal(HttpStatusCode.OK, await InboxWithAsync(app, copied));

        var token = await client.TokenAsync("/owner/signout");
        using (var signedOut = await client.PostFormAsync("/owner/signout", new Dictionary<string, string>(), token))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, await InboxWithAsync(app, copied));
        var sessions = await app.Storage.ReadAsync<OwnerSessionList>([OwnerSessionList.Key], CancellationToken.None);
        Assert.Empty(sessions[OwnerSessionList.Key].Sessions);
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        await using var app = new OwnerAppFactory();
        using var phone = await app.SignedInAsync();
        using var laptop = await app.SignedInAsync();
        var token = await phone.TokenAsync("/owner/signout");
        (await phone.PostFormAsync("/owner/signout", new Dictionary<string, string>(), token)).Dispose();

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/owner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/owner")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_begun_with_the_old_one()
    {
        var store = new MemoryStorage();
        await using var before = OwnerAppFactory.Sharing(store);
        using var client = before.CreateOwnerClient();
        var cookie = SessionCookie(await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password));
        await using var restartedSame = OwnerAppFactory.Sharing(store);
        Assert.Equal(HttpStatusCode.OK, await InboxWithAsync(restartedSame, cookie));

        await using var changed = OwnerAppFactory.Sharing(store, new Dictionary<string, string?> { ["Owner:Password"] = "Neues-Passwort-2027" });
        Assert.Equal(HttpStatusCode.Redirect, await InboxWithAsync(changed, cookie));
        using var owner = changed.CreateOwnerClient();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(OwnerAppFactory.UserName, "Neues-Passwort-2027")).StatusCode);
    }

    [Fact]
    public async Task An_active_session_still_ends_at_its_maximum_lifetime()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Owner:SessionIdleTimeout"] = "02:00:00",
            ["Owner:SessionMaxLifetime"] = "03:00:00",
        });
        // The browser keeps the cookie the sliding expiration renews; every request is well within the idle timeout.
        using var client = await app.SignedInAsync();
        for (var i = 0; i < 5; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(35));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/owner")).StatusCode);
        }

        app.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/owner")).StatusCode);
    }

    internal static string SessionCookie(HttpResponseMessage signedIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal)).Split(';')[0];
    }

    internal static async Task<HttpStatusCode> InboxWithAsync(OwnerAppFactory app, string cookie)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/owner");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
