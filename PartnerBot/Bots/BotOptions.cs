using System.ComponentModel.DataAnnotations;
using PartnerBot.Languages;

namespace PartnerBot.Bots;

/// <summary>How the bot talks: default locale, privacy link, consent text version, message limit.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The locale used when an activity carries none.</summary>
    [Required, SupportedLocale(Setting = "Bot:DefaultLocale")]
    public string DefaultLocale { get; set; } = "de-DE";

    /// <summary>The business's name, as the bot introduces it.</summary>
    [Required]
    public string BusinessName { get; set; } = "PartnerBot";

    /// <summary>Other ways to reach the business, named to customers who decline consent.</summary>
    [Required]
    public string BusinessContact { get; set; } = "info@example.com";

    /// <summary>The link in the greeting's privacy line.</summary>
    [Required, Url]
    public string PrivacyUrl { get; set; } = "https://example.com/datenschutz";

    /// <summary>The business's Impressum, linked in the chat's footer at all times.</summary>
    [Required, Url]
    public string ImprintUrl { get; set; } = "https://example.com/impressum";

    /// <summary>How the bot addresses customers by default: <c>Sie</c> or <c>du</c>; a customer who offers du gets du either way.</summary>
    [Required, RegularExpression("^(Sie|du)$", ErrorMessage = "Bot:FormOfAddress must be 'Sie' or 'du'.")]
    public string FormOfAddress { get; set; } = "Sie";

    /// <summary>True when the business says du to its customers (<see cref="FormOfAddress"/>).</summary>
    public bool Informal => FormOfAddress == "du";

    /// <summary>The version of the consent text shown, recorded with each consent.</summary>
    [Required]
    public string ConsentVersion { get; set; } = "2026-11";

    /// <summary>The default of <see cref="MaxMessageLength"/>.</summary>
    public const int DefaultMaxMessageLength = 2_000;

    /// <summary>The longest message, one limit everywhere: the website's input stops there, its Direct Line refuses longer
    /// texts (413), the recognizers read no further, and from other channels longer messages are cut (and the customer told).</summary>
    [Range(100, 20_000)]
    public int MaxMessageLength { get; set; } = DefaultMaxMessageLength;

    /// <summary>Whether <c>/api/messages</c> takes activities without channel authentication (the Bot Framework Emulator, local test
    /// harnesses); unset = only in Development. Such activities may only name a loopback <c>serviceUrl</c>.</summary>
    public bool? AllowUnauthenticatedMessages { get; set; }

    /// <summary>Whether a short interview runs through the whole turn before the app says it is ready (and is erased after).</summary>
    public bool WarmUpTurns { get; set; } = true;
}
