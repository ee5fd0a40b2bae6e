using System.Net;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Owner;

/// <summary>Drives the dashboard as a browser without JavaScript does: GET a page, take its antiforgery token, POST its form.</summary>
public sealed partial class OwnerClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The antiforgery token of the form on <paramref name="pageUrl"/>.</summary>
    public async Task<string> TokenAsync(string pageUrl) => TokenIn(await GetPageAsync(pageUrl));

    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>POSTs a form (with <paramref name="token"/> when given).</summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, IDictionary<string, string> fields, string? token)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }

        return Http.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Signs in through the sign-in form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await TokenAsync("/owner/signin");
        return await PostFormAsync("/owner/signin", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password }, token);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
