using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Languages;

/// <summary>Reads a wording of a language from its main file and the extra files beside it (<c>interview.json</c> + <c>interview.*.json</c>).</summary>
/// <remarks>An extra file adds entries (a new question's wording) or replaces single texts, so a new question needs no edit of the main file.</remarks>
public static class LanguageFiles
{
    /// <summary>The merged wording <paramref name="stem"/> of <paramref name="language"/>, deserialised.</summary>
    public static T ReadMerged<T>(this LanguageRegistry registry, Language language, string stem)
    {
        JsonNode? merged = null;
        foreach (var file in registry.Files(language, stem))
        {
            var node = registry.ReadJson(language, file);
            merged = merged is null ? node : Merge(merged, node);
        }

        if (merged is null)
        {
            throw new InvalidOperationException($"The language file Languages/{language.Code}/{stem}.json is missing from the build.");
        }

        return merged.Deserialize<T>(LanguageRegistry.JsonOptions)
            ?? throw new InvalidOperationException($"The language file Languages/{language.Code}/{stem}.json is empty.");
    }

    /// <summary>Objects merge key by key; anything else in <paramref name="extra"/> replaces what <paramref name="target"/> had.</summary>
    internal static JsonNode Merge(JsonNode target, JsonNode extra)
    {
        if (target is not JsonObject targetObject || extra is not JsonObject extraObject)
        {
            return extra.DeepClone();
        }

        foreach (var (key, value) in extraObject)
        {
            targetObject[key] = value is null ? null : targetObject[key] is { } existing ? Merge(existing, value) : value.DeepClone();
        }

        return targetObject;
    }
}
