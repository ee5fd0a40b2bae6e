using System.Text.Json;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Exports;

/// <summary>Profiles with their entries as a JSON array, in the JSON API's shape (camelCase).</summary>
public static class JsonExport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The JSON file's bytes (UTF-8).</summary>
    public static byte[] Write(Questionnaire questions, IEnumerable<PartnerProfile> profiles) =>
        JsonSerializer.SerializeToUtf8Bytes(profiles.Select(p => OwnerProfileView.From(questions, p)).ToList(), Options);
}
