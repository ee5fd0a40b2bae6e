using System.ComponentModel.DataAnnotations;
using PartnerBot.Owner.Access;

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

    /// <summary>The secret the webhook's deliveries are signed with (HMAC-SHA256, see <c>WebhookSignature</c>); unset = unsigned.</summary>
    public string? NotifyWebhookSecret { get; set; }

    /// <summary>Lets the webhook reach loopback and private networks (a receiver on the same host or LAN); off by default.</summary>
    public bool NotifyWebhookAllowPrivateNetworks { get; set; }

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

    /// <summary>Where a generated dashboard password is written (readable by the app's user only); its path is printed, the password never.</summary>
    [Required]
    public string GeneratedPasswordFile { get; set; } = "data/owner-password.txt";

    /// <summary>A dashboard session ends after this long without a request (the cookie slides).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A dashboard session ends this long after sign-in, however active it is.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SessionMaxLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How failed sign-ins slow down further tries.</summary>
    public SignInThrottleOptions SignIn { get; set; } = new();

    /// <summary>The key (base64, 32 bytes) the Data Protection key ring is encrypted with in the store; unset = stored unencrypted (warned in Production).</summary>
    public string? DataProtectionKey { get; set; }

    /// <summary>The webhook's text format: <c>Auto</c> (Slack for <c>hooks.slack.com</c>, else Markdown as Teams reads it), <c>Markdown</c> or <c>Slack</c>.</summary>
    [RegularExpression("^(Auto|Markdown|Slack)$", ErrorMessage = "Owner:NotifyWebhookFormat must be Auto, Markdown or Slack.")]
    public string NotifyWebhookFormat { get; set; } = "Auto";

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

        if (!string.IsNullOrWhiteSpace(NotifyWebhookUrl) && !NotifyWebhookAllowPrivateNetworks
            && Uri.TryCreate(NotifyWebhookUrl, UriKind.Absolute, out var webhook)
            && (webhook.IsLoopback || (System.Net.IPAddress.TryParse(webhook.DnsSafeHost, out var address) && Notifications.WebhookAddresses.IsPrivate(address))))
        {
            yield return new ValidationResult("Owner:NotifyWebhookUrl points into a private network; set Owner:NotifyWebhookAllowPrivateNetworks to true to allow it.");
        }

        if (NotifyWebhookSecret is { Length: > 0 and < 16 })
        {
            yield return new ValidationResult("Owner:NotifyWebhookSecret must have at least 16 characters.");
        }

        if (SessionMaxLifetime < SessionIdleTimeout)
        {
            yield return new ValidationResult("Owner:SessionMaxLifetime must not be shorter than Owner:SessionIdleTimeout.");
        }

        var throttle = new List<ValidationResult>();
        if (!Validator.TryValidateObject(SignIn, new ValidationContext(SignIn), throttle, validateAllProperties: true))
        {
            foreach (var result in throttle)
            {
                yield return new ValidationResult("Owner:SignIn: " + result.ErrorMessage);
            }
        }

        if (DataProtectionKey is { Length: > 0 } key && !KeyRingEncryption.IsValidKey(key))
        {
            yield return new ValidationResult("Owner:DataProtectionKey must be 32 random bytes in base64 (e.g. openssl rand -base64 32).");
        }

        if (!string.IsNullOrWhiteSpace(Smtp.Host) && !Smtp.IsEnabled)
        {
            yield return new ValidationResult("Owner:Smtp:Host is set, so Owner:Smtp:From and Owner:Smtp:To are needed too.");
        }
    }
}
