namespace PartnerBot.WebChat;

/// <summary>What asking the log for a new conversation did.</summary>
public enum DirectLineCreation
{
    /// <summary>It was created.</summary>
    Created,

    /// <summary>It existed already (a second start with the same token).</summary>
    Existed,

    /// <summary>The log is full of conversations in use: nothing was created.</summary>
    Full,
}
