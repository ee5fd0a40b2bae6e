using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerBot.Bench.Corpus;

/// <summary>Reads the corpus files ({group}.build.json, {group}.heldback.json) of the repository.</summary>
public static partial class CorpusReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The corpus folder under <paramref name="repositoryRoot"/>.</summary>
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "PartnerBot.Tests", "Understanding", "Corpus");

    /// <summary>Every case, in file order; a file that does not parse stops the run (CorpusTests says why).</summary>
    public static List<CorpusCase> Read(string folder)
    {
        var cases = new List<CorpusCase>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var match = FileNameRegex().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                continue;
            }

            var read = JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path} holds no cases.");
            cases.AddRange(read.Select(c => c with { Group = match.Groups["group"].Value, HeldBack = match.Groups["part"].Value == "heldback" }));
        }

        return cases;
    }

    [GeneratedRegex(@"^(?<group>[a-z]{2}(?:-[a-z]{2})?)\.(?<part>build|heldback)\.json$")]
    private static partial Regex FileNameRegex();
}
