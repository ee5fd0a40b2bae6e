namespace PartnerBot.Privacy;

/// <summary>Erases everything stored about one customer: profiles, entries, user and conversation state, transcripts.</summary>
public interface ICustomerDataEraser
{
    /// <summary>Erases the customer's data in every conversation the store knows of for them; returns how many profiles were removed.</summary>
    /// <param name="channelId">The channel the customer is on.</param>
    /// <param name="userId">The customer's id on that channel.</param>
    /// <param name="conversationIds">Conversations whose state and transcript go too (at least the current one).</param>
    Task<int> EraseCustomerAsync(string channelId, string userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken);

    /// <summary>Erases one profile and, with it, its customer's state and transcripts; false when there was no such profile.</summary>
    Task<bool> EraseProfileAsync(string profileId, CancellationToken cancellationToken);
}
