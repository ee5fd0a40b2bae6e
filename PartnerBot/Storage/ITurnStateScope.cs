using Microsoft.Bot.Builder;

namespace PartnerBot.Storage;

/// <summary>A bot state whose turn-scoped key the turn's batch reads together with the others.</summary>
public interface ITurnStateScope
{
    /// <summary>The storage key of this state in the turn, or null when the activity lacks what the key needs.</summary>
    string? KeyOf(ITurnContext turnContext);
}
