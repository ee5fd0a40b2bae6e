namespace PartnerBot.Storage;

/// <summary>A write carried a stale ETag; nothing of the batch was written. The message starts with "Etag conflict", as the SDK's MemoryStorage says it.</summary>
public sealed class EtagConflictException : Exception
{
    public EtagConflictException(string key, string? attempted, string? current)
        : base($"Etag conflict.\r\n\r\nKey: {key}\r\nOriginal: {attempted}\r\nCurrent: {current}")
    {
        Key = key;
    }

    /// <summary>The key whose stored ETag differed.</summary>
    public string Key { get; }
}
