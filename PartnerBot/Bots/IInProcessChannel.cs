using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace PartnerBot.Bots;

/// <summary>A channel that lives inside this process (the website's local Direct Line): the adapter hands its conversations'
/// activities to it directly, never over HTTP, and nothing arriving on <c>/api/messages</c> may speak for it.</summary>
public interface IInProcessChannel
{
    /// <summary>The channel id its activities carry; state, transcripts and profiles are keyed with it.</summary>
    string ChannelId { get; }

    /// <summary>The fixed <c>serviceUrl</c> of its activities and conversation references; it names no host that could be reached.</summary>
    string ServiceUrl { get; }

    /// <summary>The claims identity its turns run with.</summary>
    System.Security.Claims.ClaimsIdentity Identity { get; }

    /// <summary>A connector client that delivers into this channel's conversations in process.</summary>
    IConnectorClient CreateConnectorClient();

    /// <summary>Whether an activity that arrived from outside claims this channel: its channel id, its service URL, one of its
    /// conversations, or (when the sender is not authenticated) one of its user ids.</summary>
    bool IsClaimedBy(Activity activity, bool senderAuthenticated);
}
