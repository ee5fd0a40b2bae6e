using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>Reads the corpus files <c>{group}.build.json</c> and <c>{group}.heldback.json</c>: strict JSON, no unknown keys.</summary>
public static partial class ConversationFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The corpus files of <paramref name="folder"/>, in name order (other files are not corpus files).</summary>
    public static IReadOnlyList<string> Paths(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Where(p => Part(p) is not null).Order(StringComparer.Ordinal)];

    /// <summary>The group and part a file name stands for, or null when it does not have the corpus form.</summary>
    public static (string Group, bool HeldBack)? Part(string path) =>
        FileNameRegex().Match(Path.GetFileName(path)) is { Success: true } match
            ? (match.Groups["group"].Value, match.Groups["part"].Value == ConversationCorpus.HeldBackPart)
            : null;

    /// <summary>The conversations of one file; throws <see cref="JsonException"/> naming what is wrong.</summary>
    public static List<Conversation> ReadFile(string path)
    {
        var (group, heldBack) = Part(path) ?? throw new ArgumentException($"{Path.GetFileName(path)} is not named {{group}}.build.json or {{group}}.heldback.json.", nameof(path));
        var read = JsonSerializer.Deserialize<List<Conversation>>(File.ReadAllText(path), Options)
            ?? throw new JsonException($"{Path.GetFileName(path)} holds no conversations.");
        return [.. read.Select(c => c with { Group = group, HeldBack = heldBack })];
    }

    /// <summary>Every conversation of every corpus file in <paramref name="folder"/>, in file order.</summary>
    public static List<Conversation> Read(string folder) => [.. Paths(folder).SelectMany(ReadFile)];

    [GeneratedRegex(@"^(?<group>[a-z]{2}(?:-[a-z]{2})?|mixed)\.(?<part>build|heldback)\.json$")]
    private static partial Regex FileNameRegex();
}
