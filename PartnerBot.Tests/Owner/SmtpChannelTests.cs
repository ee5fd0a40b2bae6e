using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using PartnerBot.Owner;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

public class SmtpChannelTests
{
    [Fact]
    public async Task The_notice_goes_out_as_an_email_through_the_configured_server()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var port = ((IPEndPoint)server.LocalEndpoint).Port;
        var received = ReceiveOneMailAsync(server);
        var options = new OwnerOptions
        {
            Smtp = new OwnerSmtpOptions { Host = "127.0.0.1", Port = port, Security = "None", From = "bot@baeckerei.example", To = "chefin@baeckerei.example, laden@baeckerei.example" },
        };
        var channel = new SmtpChannel(new Monitor(options));
        Assert.True(channel.IsEnabled);

        var notice = new ProfileNotice("p-1", "Neuer Wunsch von Anna Apfel", "Anna Apfel", "Apfelkuchen", "14. Dezember 2026", "120 €", DateTimeOffset.UnixEpoch, "https://bot.example/owner/profiles/p-1");
        await channel.SendAsync(notice, TestContext.Current.CancellationToken);

        var (recipients, data) = await received;
        Assert.Equal(["<chefin@baeckerei.example>", "<laden@baeckerei.example>"], recipients);
        Assert.Contains("Subject: Neuer Wunsch von Anna Apfel", data);
        Assert.Contains("Apfelkuchen", data);
        Assert.Contains("https://bot.example/owner/profiles/p-1", data);
    }

    [Fact]
    public void Without_host_sender_and_recipient_email_is_off()
    {
        Assert.False(new SmtpChannel(new Monitor(new OwnerOptions { Smtp = new() { Host = "mail.example" } })).IsEnabled);
    }

    /// <summary>A minimal SMTP server for one message: enough of RFC 5321 for MailKit without TLS or authentication.</summary>
    private static async Task<(List<string> Recipients, string Data)> ReceiveOneMailAsync(TcpListener server)
    {
        using var client = await server.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var recipients = new List<string>();
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 test");
                    break;
                case "RCPT":
                    recipients.Add(line[(line.IndexOf(':') + 1)..].Trim());
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    while (await reader.ReadLineAsync() is { } body && body != ".")
                    {
                        data.AppendLine(body);
                    }

                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return (recipients, data.ToString());
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }

        return (recipients, data.ToString());
    }

    private sealed class Monitor(OwnerOptions value) : IOptionsMonitor<OwnerOptions>
    {
        public OwnerOptions CurrentValue => value;
        public OwnerOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<OwnerOptions, string?> listener) => null;
    }
}
