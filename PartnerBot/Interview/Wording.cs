namespace PartnerBot.Interview;

/// <summary>Everything the bot says in one language; loaded from <c>Interview/Wording/*.json</c>.</summary>
public sealed class Wording
{
    public string Apology { get; init; } = "";
}
