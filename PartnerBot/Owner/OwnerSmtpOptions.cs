using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Owner;

/// <summary>Where notification e-mails go (<c>Owner:Smtp:*</c>); without a host no e-mail is sent.</summary>
public sealed class OwnerSmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c> (a local relay only).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender address.</summary>
    public string? From { get; set; }

    /// <summary>The owner's address(es), comma-separated.</summary>
    public string? To { get; set; }

    /// <summary>True when e-mail notifications are configured.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From) && !string.IsNullOrWhiteSpace(To);
}
