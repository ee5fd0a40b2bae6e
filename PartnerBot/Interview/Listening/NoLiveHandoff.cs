using Microsoft.Bot.Builder;

namespace PartnerBot.Interview.Listening;

/// <summary>No one takes over live: the customer gets the business's contact and the offer of a call back.</summary>
public sealed class NoLiveHandoff : IHandoffDesk
{
    /// <inheritdoc/>
    public Task<bool> IsLiveAsync(ITurnContext context, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <inheritdoc/>
    public Task RequestAsync(ITurnContext context, string kind, CancellationToken cancellationToken) => Task.CompletedTask;
}
