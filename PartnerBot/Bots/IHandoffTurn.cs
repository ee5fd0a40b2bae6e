using Microsoft.Bot.Builder;

namespace PartnerBot.Bots;

/// <summary>Takes a customer's turn before the interview when a person of the business holds the chat or is being called (<c>Owner/Handoff</c>).</summary>
public interface IHandoffTurn
{
    /// <summary>True when the turn was handled and the interview must not answer it.</summary>
    Task<bool> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
