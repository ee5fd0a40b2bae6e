namespace PartnerBot.Owner;

/// <summary>Microsoft Entra ID (OpenID Connect) sign-in for the dashboard (<c>Owner:Entra:*</c>); unset client id = password sign-in.</summary>
public sealed class OwnerEntraOptions
{
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string CallbackPath { get; set; } = "/owner/signin-oidc";

    /// <summary>When set, only users in this app role may sign in (e.g. <c>Owner</c>).</summary>
    public string? RequiredRole { get; set; }

    /// <summary>True when Entra ID sign-in is configured.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(TenantId);
}
