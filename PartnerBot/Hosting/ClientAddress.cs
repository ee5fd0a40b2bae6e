using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace PartnerBot.Hosting;

/// <summary>Who the client is: the connection's address, or what a configured proxy forwarded (never what anyone else claims).</summary>
public static class ClientAddress
{
    /// <summary>Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from <c>Hosting:KnownProxies</c>/<c>KnownNetworks</c>.</summary>
    public static void Configure(ForwardedHeadersOptions forwarded, HostingOptions hosting)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = hosting.ForwardLimit;
        // The framework trusts loopback by default; here only what is configured is trusted.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in hosting.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in hosting.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>The key a client's requests are counted under: its IPv4 address, or its IPv6 /64 (one subscriber's prefix).</summary>
    public static string PartitionKey(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
