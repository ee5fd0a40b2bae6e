using Microsoft.Bot.Builder;

namespace PartnerBot.Bots;

/// <summary>The bot: hands every turn to the interview and saves state once per turn.</summary>
public sealed class PartnerBotHandler : ActivityHandler
{
}
