using System.Text;

namespace PartnerBot.Owner.Notifications;

/// <summary>The customer's words escaped for a webhook's <c>text</c>: Slack's mrkdwn or the Markdown (with some HTML) Teams renders.</summary>
public static class WebhookText
{
    /// <summary>Slack: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities (no links, mentions or <c>&lt;!channel&gt;</c> of the customer's making).</summary>
    public const string Slack = "Slack";

    /// <summary>Teams and other Markdown receivers: entities for <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>; backslashes before Markdown's characters.</summary>
    public const string Markdown = "Markdown";

    /// <summary>The format for <paramref name="webhookUrl"/>: <paramref name="configured"/>, or for <c>Auto</c> Slack on <c>hooks.slack.com</c> and Markdown elsewhere.</summary>
    public static string FormatFor(string configured, string webhookUrl) =>
        configured is Slack or Markdown
            ? configured
            : Uri.TryCreate(webhookUrl, UriKind.Absolute, out var uri) && uri.Host.EndsWith("slack.com", StringComparison.OrdinalIgnoreCase) ? Slack : Markdown;

    /// <summary><paramref name="text"/> escaped for <paramref name="format"/>, on one line.</summary>
    public static string Escape(string? text, string format)
    {
        var escaped = new StringBuilder((text ?? "").Length + 8);
        foreach (var c in text ?? "")
        {
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '#' or '|' when format == Markdown:
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
