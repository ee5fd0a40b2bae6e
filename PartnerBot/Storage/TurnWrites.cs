using Microsoft.Bot.Schema;

namespace PartnerBot.Storage;

/// <summary>What one turn stores: state documents by key, profile saves, transcript activities.</summary>
public sealed class TurnWrites
{
    /// <summary>State documents to store (last writer wins: the turn lock keeps a conversation's turns apart).</summary>
    public Dictionary<string, string> State { get; } = new(StringComparer.Ordinal);

    /// <summary>Profiles to create or update with their new entries, in order.</summary>
    public List<ProfileWrite> Profiles { get; } = [];

    /// <summary>Transcript activities to append, in order.</summary>
    public List<IActivity> Transcript { get; } = [];

    /// <summary>True when there is nothing to write.</summary>
    public bool IsEmpty => State.Count == 0 && Profiles.Count == 0 && Transcript.Count == 0;
}
