using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PartnerBot.Owner.Notifications;

/// <summary>Sends the notice as a plain-text e-mail through <c>Owner:Smtp:*</c> (MailKit).</summary>
public sealed class SmtpChannel(IOptionsMonitor<OwnerOptions> options) : INotificationChannel
{
    /// <inheritdoc/>
    public string Name => "email";

    /// <inheritdoc/>
    public bool IsEnabled => options.CurrentValue.Smtp.IsEnabled;

    /// <inheritdoc/>
    public async Task SendAsync(ProfileNotice notice, CancellationToken cancellationToken)
    {
        var smtp = options.CurrentValue.Smtp;
        using var message = CreateMessage(notice, smtp);
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The e-mail for a notice.</summary>
    public static MimeMessage CreateMessage(ProfileNotice notice, OwnerSmtpOptions smtp)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From ?? ""));
        foreach (var to in (smtp.To ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = notice.Title;
        message.MessageId = $"partnerbot-completed-{notice.ProfileId}@partnerbot";
        var lines = new[] { notice.Name, notice.Wish, notice.Timeframe, notice.Budget, notice.Url }.Where(l => !string.IsNullOrWhiteSpace(l));
        message.Body = new TextPart("plain") { Text = string.Join("\n", lines) };
        return message;
    }
}
