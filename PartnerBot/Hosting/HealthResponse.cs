using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerBot.Hosting;

/// <summary>The body of <c>/healthz</c>: <c>{"status":"ready"|"degraded"|"starting", "warning"?, and each check's details}</c>.</summary>
public static class HealthResponse
{
    /// <summary>Writes <paramref name="report"/> as JSON.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status switch
            {
                HealthStatus.Healthy => "ready",
                HealthStatus.Degraded => "degraded",
                _ => "starting",
            },
        };
        var warnings = report.Entries.Values.Where(e => e.Status == HealthStatus.Degraded && e.Description is not null).Select(e => e.Description).ToList();
        if (warnings.Count > 0)
        {
            body["warning"] = string.Join(" ", warnings);
        }

        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Data.Count > 0))
        {
            body[name] = entry.Data;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
