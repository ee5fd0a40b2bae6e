using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Owner;

/// <summary>The business owner's access: API key for <c>/api/owner/*</c>, dashboard sign-in, notifications.</summary>
public sealed class OwnerOptions : IValidatableObject
{
    public const string SectionName = "Owner";

    /// <summary>The bearer key for <c>/api/owner/*</c>; unset = the API is off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The dashboard's sign-in password; unset = one is generated at first start.</summary>
    public string? Password { get; set; }

    /// <summary>The dashboard's sign-in name.</summary>
    [Required]
    public string UserName { get; set; } = "owner";

    /// <summary>A URL that receives a JSON POST when a profile is completed.</summary>
    [Url]
    public string? NotifyWebhookUrl { get; set; }

    /// <summary>The dashboard's public address, used for links in notifications (e.g. <c>https://bot.example.com</c>).</summary>
    [Url]
    public string? DashboardUrl { get; set; }

    /// <summary>The owner's time zone (IANA id) for dates and weeks in the dashboard.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>How often completed profiles are looked for to notify the owner.</summary>
    [Range(1, 3600)]
    public int NotifyPollSeconds { get; set; } = 30;

    /// <summary>Profiles completed more than this many days ago are not notified (anymore).</summary>
    [Range(1, 365)]
    public int NotifyLookbackDays { get; set; } = 7;

    /// <summary>E-mail notifications; unset host = none.</summary>
    public OwnerSmtpOptions Smtp { get; set; } = new();

    /// <summary>Sign-in with Microsoft Entra ID instead of the password; unset client id = password sign-in.</summary>
    public OwnerEntraOptions Entra { get; set; } = new();

    /// <summary>Half-configured Entra ID or SMTP stops the app with a clear message instead of silently doing nothing.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Password) && Password.Length < 10)
        {
            yield return new ValidationResult("Owner:Password must have at least 10 characters.");
        }

        if (string.IsNullOrWhiteSpace(Entra.ClientId) != string.IsNullOrWhiteSpace(Entra.TenantId))
        {
            yield return new ValidationResult("Owner:Entra needs both TenantId and ClientId (or neither, for password sign-in).");
        }

        if (!string.IsNullOrWhiteSpace(Smtp.Host) && !Smtp.IsEnabled)
        {
            yield return new ValidationResult("Owner:Smtp:Host is set, so Owner:Smtp:From and Owner:Smtp:To are needed too.");
        }
    }
}
