namespace PartnerBot.WebChat;

/// <summary>The page's and embed's own wording in one language (Web Chat brings its own for the chat control).</summary>
public sealed record WebChatText
{
    public required string Welcome { get; init; }

    /// <summary>The chat's title; <c>{0}</c> is the business name.</summary>
    public required string ChatTitle { get; init; }

    public required string OpenChat { get; init; }

    public required string CloseChat { get; init; }

    public required string Unavailable { get; init; }

    /// <summary>Shown while the typed message is over the limit; <c>{0}</c> is the limit.</summary>
    public required string TooLong { get; init; }

    public required string NoScript { get; init; }

    public required string Imprint { get; init; }

    public required string Privacy { get; init; }

    /// <summary>Says that an automated assistant answers; <c>{0}</c> is the business name.</summary>
    public required string Assistant { get; init; }
}
