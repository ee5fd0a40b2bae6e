using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Moq;
using PartnerBot.Bots;

namespace PartnerBot.Tests.Bots;

public class SharedConnectorClientsTests
{
    private static readonly ClaimsIdentity Bot = new([new Claim(AuthenticationConstants.AudienceClaim, "app-1")]);

    [Fact]
    public async Task Turns_of_one_service_url_share_a_client_that_their_dispose_does_not_end()
    {
        var (factory, created) = Factory();
        var clients = new SharedConnectorClients();
        var wrapped = clients.Wrap(factory.Object, Bot);

        var first = await wrapped.CreateAsync("https://channel.example/", "aud", TestContext.Current.CancellationToken);
        first.Dispose();
        var second = await clients.Wrap(factory.Object, Bot).CreateAsync("https://channel.example/", "aud", TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Single(created);
        created[0].Verify(c => c.Dispose(), Times.Never);
        Assert.Same(created[0].Object.Conversations, second.Conversations);
    }

    [Fact]
    public async Task Another_service_url_audience_or_app_gets_another_client_and_a_null_audience_stays_null()
    {
        var (factory, created) = Factory();
        var clients = new SharedConnectorClients();

        var a = await clients.Wrap(factory.Object, Bot).CreateAsync("https://one.example/", "aud", TestContext.Current.CancellationToken);
        var b = await clients.Wrap(factory.Object, Bot).CreateAsync("https://two.example/", "aud", TestContext.Current.CancellationToken);
        var c = await clients.Wrap(factory.Object, Bot).CreateAsync("https://one.example/", "other", TestContext.Current.CancellationToken);
        var d = await clients.Wrap(factory.Object, new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-2")])).CreateAsync("https://one.example/", "aud", TestContext.Current.CancellationToken);
        var e = await clients.Wrap(factory.Object, Bot).CreateAsync("https://one.example/", null!, TestContext.Current.CancellationToken);

        Assert.Equal(5, new[] { a, b, c, d, e }.Distinct().Count());
        Assert.Equal(5, created.Count);
        factory.Verify(f => f.CreateAsync("https://one.example/", null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Beyond_the_capacity_a_turn_gets_a_client_of_its_own()
    {
        var (factory, created) = Factory();
        var clients = new SharedConnectorClients();
        for (var i = 0; i < SharedConnectorClients.Capacity; i++)
        {
            await clients.Wrap(factory.Object, Bot).CreateAsync($"https://c{i}.example/", "aud", TestContext.Current.CancellationToken);
        }

        var extra = await clients.Wrap(factory.Object, Bot).CreateAsync("https://one-too-many.example/", "aud", TestContext.Current.CancellationToken);
        var again = await clients.Wrap(factory.Object, Bot).CreateAsync("https://one-too-many.example/", "aud", TestContext.Current.CancellationToken);

        Assert.Equal(SharedConnectorClients.Capacity, clients.Count);
        Assert.NotSame(extra, again);
        Assert.Same(created[^2].Object, extra);
        extra.Dispose();
        created[^2].Verify(c => c.Dispose(), Times.Once);
    }

    private static (Mock<ConnectorFactory> Factory, List<Mock<IConnectorClient>> Created) Factory()
    {
        var created = new List<Mock<IConnectorClient>>();
        var factory = new Mock<ConnectorFactory>();
        factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                var client = new Mock<IConnectorClient>();
                client.SetupGet(c => c.Conversations).Returns(new Mock<IConversations>().Object);
                created.Add(client);
                return client.Object;
            });
        return (factory, created);
    }
}
