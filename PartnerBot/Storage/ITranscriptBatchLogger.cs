using Microsoft.Bot.Schema;

namespace PartnerBot.Storage;

/// <summary>A transcript logger that writes the activities of one turn together, in one transaction.</summary>
public interface ITranscriptBatchLogger
{
    /// <summary>Writes <paramref name="activities"/> in their order: all of them or, when the store fails, none.</summary>
    Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken);
}
