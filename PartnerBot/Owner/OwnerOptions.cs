namespace PartnerBot.Owner;

/// <summary>The business owner's access: API key for <c>/api/owner/*</c>, dashboard password, notifications.</summary>
public sealed class OwnerOptions
{
    public const string SectionName = "Owner";

    /// <summary>The bearer key for <c>/api/owner/*</c>; unset = the API is off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The dashboard's sign-in password; unset = one is generated at first start.</summary>
    public string? Password { get; set; }

    /// <summary>A URL that receives a JSON POST when a profile is completed.</summary>
    public string? NotifyWebhookUrl { get; set; }
}
