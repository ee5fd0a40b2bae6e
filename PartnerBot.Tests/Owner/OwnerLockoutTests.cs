using System.Net;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Owner;

public partial class OwnerLockoutTests
{
    [Fact]
    public async Task Unknown_user_and_wrong_password_look_the_same()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient();
        using var wrongPassword = await client.SignInAsync(OwnerAppFactory.UserName, "falsch");
        using var unknownUser = await client.SignInAsync("jemand", OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownUser.StatusCode);
        var first = Alert(await wrongPassword.Content.ReadAsStringAsync());
        Assert.Equal("Benutzername oder Passwort stimmt nicht.", first);
        Assert.Equal(first, Alert(await unknownUser.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Five_failures_lock_the_sign_in_for_five_minutes_even_for_the_right_password()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SignInAsync(i % 2 == 0 ? OwnerAppFactory.UserName : "niemand", "falsch-" + i);
            Assert.Contains("stimmt nicht", Alert(await failed.Content.ReadAsStringAsync()));
        }

        using (var locked = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
            Assert.Contains("Zu viele Fehlversuche", Alert(await locked.Content.ReadAsStringAsync()));
        }

        app.Time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        using (var stillLocked = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromSeconds(2));
        using var open = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Fact]
    public async Task Four_failures_and_a_success_start_the_count_again()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient();
        for (var i = 0; i < 4; i++)
        {
            (await client.SignInAsync(OwnerAppFactory.UserName, "falsch")).Dispose();
        }

        (await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password)).Dispose();
        using var fresh = app.CreateOwnerClient();
        for (var i = 0; i < 4; i++)
        {
            (await fresh.SignInAsync(OwnerAppFactory.UserName, "falsch")).Dispose();
        }

        using var open = await fresh.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    private static string Alert(string html) => System.Net.WebUtility.HtmlDecode(AlertPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("<p class=\"alert\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex AlertPattern();
}
