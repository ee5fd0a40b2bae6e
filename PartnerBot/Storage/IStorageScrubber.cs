namespace PartnerBot.Storage;

/// <summary>Makes rows that were just deleted unrecoverable from the store's own files, after an erasure.</summary>
public interface IStorageScrubber
{
    /// <summary>Removes what is left of deleted rows; false when part of it could not be done now (it is tried again after the next erasure).</summary>
    Task<bool> ScrubAsync(CancellationToken cancellationToken);
}
