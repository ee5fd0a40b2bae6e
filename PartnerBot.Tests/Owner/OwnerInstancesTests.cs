using System.Net;
using Microsoft.Bot.Builder;
using PartnerBot.Owner.Access;

namespace PartnerBot.Tests.Owner;

public class OwnerInstancesTests
{
    [Fact]
    public async Task A_session_from_one_instance_is_valid_on_another_sharing_the_store()
    {
        var store = new MemoryStorage();
        await using var first = OwnerAppFactory.Sharing(store);
        await using var second = OwnerAppFactory.Sharing(store);
        await using var alone = new OwnerAppFactory();

        var cookie = await SessionCookieAsync(first);
        Assert.Equal(HttpStatusCode.OK, await InboxWithAsync(second, cookie));
        Assert.Equal(HttpStatusCode.Redirect, await InboxWithAsync(alone, cookie));
        var ring = await store.ReadAsync<DataProtectionKeys>([StorageXmlRepository.Key], CancellationToken.None);
        Assert.NotEmpty(ring[StorageXmlRepository.Key].Keys);
    }

    private static async Task<string> SessionCookieAsync(OwnerAppFactory app)
    {
        using var client = app.CreateOwnerClient();
        using var response = await client.SignInAsync(OwnerAppFactory.UserName, OwnerAppFactory.Password);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartnerBot.Owner=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<HttpStatusCode> InboxWithAsync(OwnerAppFactory app, string cookie)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/owner");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
