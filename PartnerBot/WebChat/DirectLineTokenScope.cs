namespace PartnerBot.WebChat;

/// <summary>What a local Direct Line token may be used for.</summary>
public enum DirectLineTokenScope
{
    /// <summary>The Direct Line REST routes (<c>Authorization: Bearer</c>).</summary>
    Api,

    /// <summary>Only the WebSocket stream URL (<c>?t=</c>); short-lived because URLs end up in logs.</summary>
    Stream,

    /// <summary>Only reading the conversation's uploaded files (<c>?t=</c> in an attachment's <c>contentUrl</c>, which an <c>img</c> fetches without headers).</summary>
    Attachment,
}
