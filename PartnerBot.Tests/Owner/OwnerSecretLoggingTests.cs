using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

/// <summary>Secrets stay out of the logs: the webhook's URL (its path is its key) and a generated dashboard password.</summary>
public class OwnerSecretLoggingTests
{
    private const string WebhookSecret = "T0SECRET-b8a7c6d5e4f3a2b1";

    [Theory]
    [InlineData(200)]
    [InlineData(404)]
    public async Task The_webhook_url_is_in_no_log_line_whether_the_post_succeeds_or_fails(int answer)
    {
        await using var receiver = await FakeConnector.StartAsync();
        receiver.StatusCode = answer;
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Owner:NotifyWebhookUrl"] = receiver.BaseUrl + "hooks/" + WebhookSecret,
            // The receiver runs on this machine.
            ["Owner:NotifyWebhookAllowPrivateNetworks"] = "true",
            ["Logging:LogLevel:Default"] = "Trace",
        });
        var webhook = app.Services.GetServices<INotificationChannel>().Single(c => c.Name == "webhook");
        var notice = new ProfileNotice("p-1", "Neuer Wunsch von Anna", "Anna", "Torte", null, null, app.Time.GetUtcNow(), null);

        var sending = webhook.SendAsync(notice, CancellationToken.None);
        if (answer == 200)
        {
            await sending;
        }
        else
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => sending);
        }

        Assert.NotEmpty(receiver.Posts);
        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(WebhookSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_generated_password_goes_to_a_file_only_its_user_reads_and_into_no_log_or_console_line()
    {
        var console = new StringWriter();
        var original = Console.Out;
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?> { ["Owner:Password"] = null });
        string password;
        Console.SetOut(TextWriter.Synchronized(new TeeWriter(original, console)));
        try
        {
            _ = app.Services;
            Assert.True(File.Exists(app.GeneratedPasswordFile), "The generated password's file is missing.");
            password = File.ReadAllLines(app.GeneratedPasswordFile)[1];
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Matches("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$", password);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(app.GeneratedPasswordFile));
        }

        Assert.Contains(app.GeneratedPasswordFile, console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, console.ToString(), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, line => line.Contains(app.GeneratedPasswordFile, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(password, StringComparison.Ordinal));

        using var client = app.CreateOwnerClient();
        using var signedIn = await client.SignInAsync(OwnerAppFactory.UserName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
    }

    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }
    }
}
