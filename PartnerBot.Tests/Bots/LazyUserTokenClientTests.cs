using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Moq;
using PartnerBot.Bots;

namespace PartnerBot.Tests.Bots;

public class LazyUserTokenClientTests
{
    [Fact]
    public async Task The_real_client_is_built_on_the_first_call_only_and_once()
    {
        var calls = 0;
        var inner = new Mock<UserTokenClient>();
        inner.Setup(c => c.GetUserTokenAsync("u", "conn", "directline", null!, It.IsAny<CancellationToken>())).ReturnsAsync(new TokenResponse { Token = "t" });
        using var lazy = new LazyUserTokenClient(_ =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(inner.Object);
        });
        Assert.Equal(0, calls);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => lazy.GetUserTokenAsync("u", "conn", "directline", null!, TestContext.Current.CancellationToken))));

        Assert.All(tokens, token => Assert.Equal("t", token.Token));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Disposing_an_unused_client_builds_nothing()
    {
        var calls = 0;
        var lazy = new LazyUserTokenClient(_ =>
        {
            calls++;
            return Task.FromResult(new Mock<UserTokenClient>().Object);
        });

        lazy.Dispose();

        Assert.Equal(0, calls);
    }
}
