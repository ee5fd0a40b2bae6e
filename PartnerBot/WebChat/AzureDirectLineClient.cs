using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace PartnerBot.WebChat;

/// <summary>Exchanges the Azure Direct Line secret for a conversation token, server side, so the secret never reaches the browser.</summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<WebChatOptions> options, ILogger<AzureDirectLineClient> logger)
{
    /// <summary>A token for a new conversation with a new user (<c>dl_</c> ids are bound into Azure's token); null when Azure refused or failed.</summary>
    public async Task<JObject?> GenerateTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.DirectLineEndpoint.TrimEnd('/') + "/tokens/generate")
        {
            Content = new StringContent(new JObject { ["user"] = new JObject { ["id"] = userId } }.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Azure Direct Line refused the token exchange with {StatusCode}.", (int)response.StatusCode);
                return null;
            }

            var answer = JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (answer["token"]?.Type != JTokenType.String)
            {
                logger.LogWarning("Azure Direct Line answered the token exchange without a token.");
                return null;
            }

            return new JObject
            {
                ["conversationId"] = answer["conversationId"],
                ["token"] = answer["token"],
                ["expires_in"] = answer["expires_in"],
                ["userId"] = userId,
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or Newtonsoft.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The token exchange with Azure Direct Line failed: {ExceptionType}", exception.GetType().FullName);
            return null;
        }
    }
}
