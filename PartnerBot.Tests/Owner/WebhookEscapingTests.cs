using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Notifications;

namespace PartnerBot.Tests.Owner;

/// <summary>What a customer wrote reaches the webhook's rendered <c>text</c> escaped for the receiver's format, no image, link or tag of theirs.</summary>
public class WebhookEscapingTests
{
    private const string Name = "![x](http://evil/p.png)";
    private const string Wish = "<img src=x> und [klick](http://evil/) <!channel>";

    [Fact]
    public async Task For_Teams_the_text_is_markdown_escaped_and_tags_are_entities()
    {
        var text = await PostedTextAsync("hooks/teams", format: null);
        Assert.Contains(@"!\[x\](http://evil/p.png)", text, StringComparison.Ordinal);
        Assert.Contains(@"&lt;img src=x&gt; und \[klick\](http://evil/) &lt;!channel&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", text);
    }

    [Fact]
    public async Task For_Slack_the_text_has_no_angle_brackets_of_the_customers_making()
    {
        var text = await PostedTextAsync("hooks/slack", format: "Slack");
        Assert.Contains("&lt;img src=x&gt; und [klick](http://evil/) &lt;!channel&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://hooks.slack.com/services/T0/B0/x", "Auto", "Slack")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/x", "Auto", "Markdown")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/x", "Slack", "Slack")]
    public void The_format_follows_the_receiver_unless_configured(string url, string configured, string expected) =>
        Assert.Equal(expected, WebhookText.FormatFor(configured, url));

    private static async Task<string> PostedTextAsync(string path, string? format)
    {
        await using var receiver = await FakeConnector.StartAsync();
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?>
        {
            ["Owner:NotifyWebhookUrl"] = receiver.BaseUrl + path,
            // The receiver runs on this machine.
            ["Owner:NotifyWebhookAllowPrivateNetworks"] = "true",
            ["Owner:NotifyWebhookFormat"] = format,
        });
        var webhook = app.Services.GetServices<INotificationChannel>().Single(c => c.Name == "webhook");
        await webhook.SendAsync(new ProfileNotice("p-1", "Neuer Wunsch von " + Name, Name, Wish, null, null, app.Time.GetUtcNow(), "https://baeckerei.example/owner/profiles/p-1"), CancellationToken.None);
        var (_, body) = Assert.Single(receiver.Posts);
        using var json = JsonDocument.Parse(body);
        // The structured fields stay the customer's exact words (data, not rendered); only the text is escaped.
        Assert.Equal(Name, json.RootElement.GetProperty("name").GetString());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.EndsWith("\nhttps://baeckerei.example/owner/profiles/p-1", text, StringComparison.Ordinal);
        return text;
    }
}
