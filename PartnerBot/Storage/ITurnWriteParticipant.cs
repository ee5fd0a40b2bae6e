namespace PartnerBot.Storage;

/// <summary>Something that adds its writes to a turn's <see cref="TurnWriteBatch"/> when it commits (the transcript does).</summary>
public interface ITurnWriteParticipant
{
    /// <summary>Adds what this participant has to write now.</summary>
    void Contribute(TurnWrites writes);

    /// <summary>The writes it contributed are stored.</summary>
    void Committed();
}
