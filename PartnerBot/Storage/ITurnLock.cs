namespace PartnerBot.Storage;

/// <summary>Serialises the turns of one conversation: across threads, and with PostgreSQL across instances.</summary>
public interface ITurnLock
{
    /// <summary>Waits until no other turn of the conversation holds the lock and takes it; disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
