using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace PartnerBot.Bots;

/// <summary><c>POST /api/messages</c>: parses the activity (malformed → 400) and hands it to the adapter.</summary>
public static class MessagesEndpoint
{
    /// <summary>Request bodies larger than this are refused with 413; a chat message never comes near it.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings(HttpHelper.BotMessageSerializerSettings)
    {
        MaxDepth = 64,
    });

    /// <summary>Maps the Bot Framework messaging endpoint.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetRequiredService<IOptions<BotOptions>>().Value.AllowUnauthenticatedMessages == true
            && !services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint)).LogWarning(
                "Bot:AllowUnauthenticatedMessages is on outside Development: /api/messages takes activities without channel authentication (loopback service URLs only). Turn it off unless this is a test harness.");
        }

        endpoints.MapPost("/api/messages", HandleAsync).RequireRateLimiting(Hosting.PublicRateLimits.Messages);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, PartnerBotAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        using var body = http.Request.ContentLength > MaxBodyBytes ? null : await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The request body is too large: an activity may have at most {MaxBodyBytes / 1024} KB.");
        }

        var activity = Deserialize(body);
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem(StatusCodes.Status400BadRequest, "The body must be a Bot Framework activity in JSON with a type.");
        }

        var turnStarted = false;
        try
        {
            var response = await adapter.ProcessAsync(
                http.Request.Headers.Authorization.ToString(),
                activity,
                (turn, ct) =>
                {
                    turnStarted = true;
                    return bot.OnTurnAsync(turn, ct);
                },
                cancellationToken);
            if (response is null)
            {
                return Results.Ok();
            }

            await HttpHelper.WriteResponseAsync(http.Response, response);
            return Results.Empty;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException || !turnStarted)
        {
            // Whatever fails before the turn starts is the channel authentication: a forged token, or signing keys that
            // could not be fetched to check it. Either way the sender is not verified.
            loggers.CreateLogger(typeof(MessagesEndpoint)).LogWarning("Refused an activity whose channel credentials could not be verified: {ExceptionType}", exception.GetType().Name);
            return Problem(StatusCodes.Status401Unauthorized, "The request's channel credentials were refused.");
        }
    }

    /// <summary>The body, or null when it is longer than <see cref="MaxBodyBytes"/> (a chunked body has no length to check first).</summary>
    private static async Task<MemoryStream?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var read = new byte[16 * 1024];
        int count;
        while ((count = await request.Body.ReadAsync(read, cancellationToken)) > 0)
        {
            if (buffer.Length + count > MaxBodyBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(read, 0, count);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The activity in <paramref name="body"/> (UTF-8 JSON), or null when it is not one.</summary>
    internal static Activity? Deserialize(Stream body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(body, Encoding.UTF8));
            return Serializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
