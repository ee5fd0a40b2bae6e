using System.Text.Json;

namespace PartnerBot.Bench;

/// <summary>The floor: a bare Kestrel endpoint that parses the activity and answers one fixed reply, as cheaply as a bot endpoint can be.</summary>
public static class FloorServer
{
    private static readonly byte[] Reply = """{"activities":[{"type":"message","text":"ok"}]}"""u8.ToArray();

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/healthz", () => "ready");
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            using var activity = await JsonDocument.ParseAsync(http.Request.Body);
            if (!activity.RootElement.TryGetProperty("type", out _))
            {
                return Results.BadRequest();
            }

            return Results.Bytes(Reply, "application/json");
        });
        await app.RunAsync();
    }
}
