namespace PartnerBot.Tests.WebChat;

/// <summary>A fresh app per test (its channel's memory and rate limits start empty) and a client for it.</summary>
public abstract class WebChatRouteTestBase : IAsyncLifetime
{
    protected WebChatFactory Factory { get; } = new();

    protected HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Http = Factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
