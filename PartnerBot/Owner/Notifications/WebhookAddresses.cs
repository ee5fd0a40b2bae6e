using System.Net;
using System.Net.Sockets;

namespace PartnerBot.Owner.Notifications;

/// <summary>Keeps the owner's webhook out of the bot's own network: loopback, private, link-local, carrier-grade NAT, special-purpose,
/// multicast and unspecified addresses are refused unless <c>Owner:NotifyWebhookAllowPrivateNetworks</c> is set. Checked on every connection, after
/// DNS, so a public name that resolves to an internal address (or changes to one later) is refused too.</summary>
public static class WebhookAddresses
{
    /// <summary>True for an address a webhook must not reach by default.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            // The special-purpose blocks of RFC 6890: protocol assignments, documentation and benchmarking networks.
            || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2))
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19 || (b[1] == 51 && b[2] == 100)))
            || (b[0] == 203 && b[1] == 0 && b[2] == 113);
    }

    /// <summary>Opens the webhook's connection to the first allowed address of <paramref name="endpoint"/>'s host.</summary>
    /// <exception cref="HttpRequestException">Every address of the host is private and private networks are not allowed.</exception>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || !IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"The webhook's host {endpoint.Host} is in a private network; set Owner:NotifyWebhookAllowPrivateNetworks to allow it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
