namespace PartnerBot.Bots;

/// <summary>The HTTP clients the SDK sends replies with: they follow no redirects, so a channel's service URL cannot forward the
/// bot's replies (and its token) to another host.</summary>
public sealed class ConnectorHttpClients(IHttpClientFactory factory) : IHttpClientFactory
{
    /// <summary>The name of the configured client.</summary>
    public const string Name = "PartnerBot.BotConnector";

    /// <inheritdoc/>
    public HttpClient CreateClient(string name) => factory.CreateClient(Name);

    /// <summary>The handler of <see cref="Name"/>: no automatic redirects.</summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false };
}
