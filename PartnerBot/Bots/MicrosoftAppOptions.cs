namespace PartnerBot.Bots;

/// <summary>The Azure Bot registration, read from the configuration's root as the Bot Framework SDK reads it; unset = local mode.</summary>
public sealed class MicrosoftAppOptions
{
    /// <summary>The settings live at the root of the configuration (<c>MicrosoftAppId</c>, not <c>Bot:MicrosoftAppId</c>).</summary>
    public const string SectionName = "";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>True when no app id is configured: no channel authentication, as with the Bot Framework Emulator.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
