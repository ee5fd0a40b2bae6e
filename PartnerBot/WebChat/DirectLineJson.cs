using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartnerBot.WebChat;

/// <summary>JSON as the Direct Line and Connector APIs speak it: Bot Framework activity serialization and the <c>{"error":{…}}</c> shape.</summary>
public static class DirectLineJson
{
    private static readonly JsonSerializerSettings Settings = new(HttpHelper.BotMessageSerializerSettings)
    {
        Formatting = Formatting.None,
        MaxDepth = 32,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>An activity (or any object) as compact JSON.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>A JSON response with the given status.</summary>
    public static IResult Json(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Serialize(value), "application/json; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>An error response in the Direct Line shape.</summary>
    public static IResult Error(int statusCode, string code, string message) =>
        Json(new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } }, statusCode);

    /// <summary>413 as problem+json (<paramref name="message"/> is its detail) that also carries the Direct Line <c>error</c> member,
    /// so both a plain HTTP client and DirectLineJS read it.</summary>
    public static IResult TooLarge(string message) => Results.Problem(
        detail: message,
        statusCode: StatusCodes.Status413PayloadTooLarge,
        extensions: new Dictionary<string, object?> { ["error"] = new Dictionary<string, string> { ["code"] = "MessageSizeTooBig", ["message"] = message } });

    /// <summary>Parses an activity; null when the JSON is malformed.</summary>
    public static Activity? ParseActivity(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body.ToArray()), Encoding.UTF8));
            return Serializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a request body of at most <paramref name="maxBytes"/>; null when it is longer.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }
}
