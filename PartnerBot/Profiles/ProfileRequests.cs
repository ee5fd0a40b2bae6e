using System.Text.Json;

namespace PartnerBot.Profiles;

/// <summary>How a profile's requests are kept in one text column: a JSON array in the API's shape, null when there are none.</summary>
public static class ProfileRequests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The requests as JSON text; null for none.</summary>
    public static string? ToJson(IReadOnlyList<ProfileRequest> requests) =>
        requests is null || requests.Count == 0 ? null : JsonSerializer.Serialize(requests, Options);

    /// <summary>The requests from JSON text; empty for null, blank or unreadable text (a bad cell never hides the profile).</summary>
    public static List<ProfileRequest> FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize<List<ProfileRequest>>(json, Options) ?? []).Where(r => r is { Kind: not null, Text: not null })];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
