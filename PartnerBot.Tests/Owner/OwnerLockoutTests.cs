using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using PartnerBot.Owner.Access;

namespace PartnerBot.Tests.Owner;

/// <summary>Failed sign-ins slow down the address they come from (and, after many more, briefly the account), never the owner elsewhere.</summary>
public partial class OwnerLockoutTests
{
    private const string Attacker = "198.51.100.23";
    private const string Owner = "203.0.113.10";

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
    public async Task Failures_from_one_address_do_not_keep_the_owner_out_from_another()
    {
        await using var app = new OwnerAppFactory();
        using var attacker = app.CreateOwnerClient(peer: Attacker);
        for (var i = 0; i < 8; i++)
        {
            (await attacker.SignInAsync(i % 2 == 0 ? OwnerAppFactory.UserName : "niemand", "falsch-" + i)).Dispose();
        }

        using var owner = app.CreateOwnerClient(peer: Owner);
        using var signedIn = await owner.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/owner")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_make_that_address_wait_even_for_the_right_password_and_the_wait_doubles()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient(peer: Attacker);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SignInAsync(i % 2 == 0 ? OwnerAppFactory.UserName : "niemand", "falsch-" + i);
            Assert.Contains("stimmt nicht", Alert(await failed.Content.ReadAsStringAsync()));
        }

        using (var waiting = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, waiting.StatusCode);
            Assert.Contains("Zu viele Fehlversuche", Alert(await waiting.Content.ReadAsStringAsync()));
            Assert.Equal(TimeSpan.FromMinutes(1), waiting.Headers.RetryAfter?.Delta);
        }

        // After the first minute one more failure doubles the wait to two minutes.
        app.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await client.SignInAsync(OwnerAppFactory.UserName, "falsch-6")).Dispose();
        app.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(30));
        using (var stillWaiting = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, stillWaiting.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromSeconds(31));
        using var open = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Fact]
    public async Task Failures_from_many_addresses_make_the_account_wait_briefly_with_a_growing_but_bounded_wait()
    {
        await using var app = new OwnerAppFactory();
        // 20 addresses, one failure each: no address waits, but the account does, for 5 seconds.
        for (var i = 0; i < 20; i++)
        {
            using var guesser = app.CreateOwnerClient(peer: $"198.51.100.{i + 1}");
            (await guesser.SignInAsync(OwnerAppFactory.UserName, "falsch-" + i)).Dispose();
        }

        using var owner = app.CreateOwnerClient(peer: Owner);
        using (var waiting = await owner.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, waiting.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), waiting.Headers.RetryAfter?.Delta);
        }

        // Each further failure doubles the account's wait, up to five minutes and never more.
        for (var i = 0; i < 12; i++)
        {
            var lockout = await LockoutAsync(app.Storage);
            app.Time.Advance(lockout.LockedUntil!.Value - app.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
            using var guesser = app.CreateOwnerClient(peer: $"198.51.101.{i + 1}");
            (await guesser.SignInAsync(OwnerAppFactory.UserName, "falsch")).Dispose();
            var wait = (await LockoutAsync(app.Storage)).LockedUntil!.Value - app.Time.GetUtcNow();
            Assert.Equal(TimeSpan.FromSeconds(Math.Min(5 * Math.Pow(2, i + 1), 300)), wait);
        }

        app.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var open = await owner.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal(0, (await LockoutAsync(app.Storage)).Failures);
    }

    [Fact]
    public async Task Four_failures_and_a_success_start_the_count_again()
    {
        await using var app = new OwnerAppFactory();
        using var client = app.CreateOwnerClient(peer: Owner);
        for (var i = 0; i < 4; i++)
        {
            (await client.SignInAsync(OwnerAppFactory.UserName, "falsch")).Dispose();
        }

        (await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password)).Dispose();
        using var fresh = app.CreateOwnerClient(peer: Owner);
        for (var i = 0; i < 4; i++)
        {
            (await fresh.SignInAsync(OwnerAppFactory.UserName, "falsch")).Dispose();
        }

        using var open = await fresh.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Fact]
    public async Task A_flood_of_sign_in_posts_from_one_address_is_answered_429()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?> { ["RateLimits:SignInsPerAddressPerMinute"] = "3" });
        using var flood = app.CreateOwnerClient(peer: Attacker);
        var token = await flood.TokenAsync("/owner/signin");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await flood.PostFormAsync("/owner/signin", new Dictionary<string, string> { ["UserName"] = "x", ["Password"] = "y" }, token);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        using var owner = app.CreateOwnerClient(peer: Owner);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password)).StatusCode);
    }

    private static async Task<OwnerLockout> LockoutAsync(IStorage storage) =>
        (await storage.ReadAsync<OwnerLockout>([OwnerLockout.Key], CancellationToken.None))[OwnerLockout.Key];

    private static string Alert(string html) => System.Net.WebUtility.HtmlDecode(AlertPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("<p class=\"alert\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex AlertPattern();
}
