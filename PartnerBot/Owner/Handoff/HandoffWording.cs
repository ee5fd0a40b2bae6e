using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Owner.Wording;

namespace PartnerBot.Owner.Handoff;

/// <summary>What the bot tells the customer about a person joining or leaving, in the conversation's language (<c>handoff.say.*</c> in <c>owner.json</c>).</summary>
public sealed class HandoffWording(OwnerWordingCatalog catalog, IOptions<BotOptions> bot)
{
    /// <summary>The business's name as the customer reads it.</summary>
    public string Business => bot.Value.BusinessName;

    /// <summary>The text of <paramref name="key"/> (<c>handoff.say.</c> + key) in <paramref name="locale"/>'s language, placeholders filled.</summary>
    public string Say(string locale, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return For(locale).Format("handoff.say." + key, args);
    }

    /// <summary>As <see cref="Say(string, string, object?[])"/>, in du where <paramref name="informal"/> and the language has a
    /// <c>.du</c> text for the key.</summary>
    public string Say(string locale, bool informal, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var text = For(locale);
        var template = (informal ? text.Find("handoff.say." + key + ".du") : null) ?? text["handoff.say." + key];
        return string.Format(text.Culture, template, args);
    }

    /// <summary>How the customer is told the owner's name (the owner has no staff account): "das Team".</summary>
    public string OwnerName(string locale) => For(locale)["handoff.say.ownerName"];

    private OwnerText For(string locale) => catalog.For(locale.Split('-')[0]);
}
