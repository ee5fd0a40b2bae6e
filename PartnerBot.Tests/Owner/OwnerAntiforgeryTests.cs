using System.Net;
using PartnerBot.Profiles;

namespace PartnerBot.Tests.Owner;

public class OwnerAntiforgeryTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    [Fact]
    public async Task The_sign_in_form_needs_its_token()
    {
        using var client = factory.CreateOwnerClient();
        using var response = await client.PostFormAsync(
            "/owner/signin", new Dictionary<string, string> { ["UserName"] = OwnerAppFactory.UserName, ["Password"] = OwnerAppFactory.Password }, token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_change_without_the_token_changes_nothing_and_with_it_changes_the_status()
    {
        var profile = await factory.Profiles.AddAsync("Emil Antiforgery", "Brezeln", factory.Time.GetUtcNow());
        using var client = await factory.SignedInAsync();
        var url = $"/owner/profiles/{profile.Id}?handler=FollowUp";
        var fields = new Dictionary<string, string> { ["FollowUp"] = FollowUpStatus.Won };

        using (var forged = await client.PostFormAsync(url, fields, token: null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(FollowUpStatus.New, (await factory.Profiles.GetAsync(profile.Id, CancellationToken.None))!.FollowUp);

        using (var wrong = await client.PostFormAsync(url, fields, token: "CfDJ8-not-a-real-token"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var token = await client.TokenAsync($"/owner/profiles/{profile.Id}");
        using var real = await client.PostFormAsync(url, fields, token);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(FollowUpStatus.Won, (await factory.Profiles.GetAsync(profile.Id, CancellationToken.None))!.FollowUp);
    }

    [Fact]
    public async Task Another_sessions_token_is_refused()
    {
        var profile = await factory.Profiles.AddAsync("Frieda Fremd", "Torte", factory.Time.GetUtcNow());
        using var attacker = factory.CreateOwnerClient();
        var foreignToken = await attacker.TokenAsync("/owner/signin");
        using var owner = await factory.SignedInAsync();
        using var response = await owner.PostFormAsync(
            $"/owner/profiles/{profile.Id}/delete", new Dictionary<string, string>(), foreignToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await factory.Profiles.GetAsync(profile.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData("/owner/profiles/{0}?handler=FollowUp&FollowUp=won")]
    [InlineData("/owner/profiles/{0}/delete?FollowUp=won")]
    [InlineData("/owner/signout")]
    public async Task GET_never_changes_anything(string template)
    {
        var profile = await factory.Profiles.AddAsync("Gustav Get", "Stollen", factory.Time.GetUtcNow());
        using var client = await factory.SignedInAsync();
        using (var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, profile.Id)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stored = await factory.Profiles.GetAsync(profile.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(FollowUpStatus.New, stored.FollowUp);
        using var stillSignedIn = await client.GetAsync("/owner");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }
}
