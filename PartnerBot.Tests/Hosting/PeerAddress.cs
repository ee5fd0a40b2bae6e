using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerBot.Tests.Hosting;

/// <summary>
/// The test server has no network peer; this gives each request the connection address named in <see cref="Header"/>,
/// as a TCP connection from that address would, before any of the app's middleware runs.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    /// <summary>The test-only header naming the connection's address (it never reaches the app).</summary>
    public const string Header = "X-Test-Peer";

    /// <summary>Registers the filter.</summary>
    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, PeerAddress>();

    /// <summary>A request from <paramref name="peer"/>.</summary>
    public static HttpRequestMessage From(string peer, HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add(Header, peer);
        return request;
    }

    /// <inheritdoc/>
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
