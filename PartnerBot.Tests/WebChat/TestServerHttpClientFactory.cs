using Microsoft.AspNetCore.TestHost;

namespace PartnerBot.Tests.WebChat;

/// <summary>Routes the bot's outgoing Connector calls (to its serviceUrl, this same app) into the in-memory test server.</summary>
public sealed class TestServerHttpClientFactory(Func<TestServer> server) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(server().CreateHandler(), disposeHandler: true);
}
