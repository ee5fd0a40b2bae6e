using System.Net;
using System.Text;

namespace PartnerBot.Tests.WebChat;

/// <summary>Azure Direct Line's token endpoint, faked at the HttpClient seam: records the request and answers as configured.</summary>
public sealed class FakeDirectLineHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    public string? RequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
