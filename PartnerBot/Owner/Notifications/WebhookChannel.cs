using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Notifications;

/// <summary>POSTs the notice as JSON to <c>Owner:NotifyWebhookUrl</c>; the <c>text</c> field suits Teams and Slack incoming webhooks.</summary>
public sealed class WebhookChannel(IHttpClientFactory clients, IOptionsMonitor<OwnerOptions> options, TimeProvider time) : INotificationChannel
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The named HttpClient, with the resilience pipeline (short retries within one attempt).</summary>
    public const string ClientName = "PartnerBot.Owner.Webhook";

    /// <inheritdoc/>
    public string Name => "webhook";

    /// <inheritdoc/>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.CurrentValue.NotifyWebhookUrl);

    /// <inheritdoc/>
    public async Task SendAsync(ProfileNotice notice, CancellationToken cancellationToken)
    {
        var url = options.CurrentValue.NotifyWebhookUrl ?? throw new InvalidOperationException("No Owner:NotifyWebhookUrl is configured.");
        // The text is rendered by the receiver, so what the customer wrote is escaped for its format; the other fields are plain data.
        var format = WebhookText.FormatFor(options.CurrentValue.NotifyWebhookFormat, url);
        var lines = new[] { notice.Wish, notice.Timeframe, notice.Budget }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => WebhookText.Escape(l, format));
        var body = new
        {
            text = WebhookText.Escape(notice.Title, format) + "\n" + string.Join("\n", notice.Url is { Length: > 0 } link ? lines.Append(link) : lines),
            profileId = notice.ProfileId,
            name = notice.Name,
            wish = notice.Wish,
            timeframe = notice.Timeframe,
            budget = notice.Budget,
            completedAt = notice.CompletedAt,
            url = notice.Url,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, JsonOptions);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        // Lets a receiver drop a duplicate should an instance die between sending and recording it.
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "partnerbot-completed-" + notice.ProfileId);
        if (options.CurrentValue.NotifyWebhookSecret is { Length: > 0 } secret)
        {
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, bytes));
        }

        using var client = clients.CreateClient(ClientName);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
