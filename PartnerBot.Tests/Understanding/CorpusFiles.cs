using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Understanding;

/// <summary>The understanding corpus in PartnerBot.Tests/Understanding/Corpus, read from the repository (not copied to the build output).</summary>
public static partial class CorpusFiles
{
    /// <summary>The corpus folder in the repository the tests were built from.</summary>
    public static string Folder { get; } = Path.Combine(
        typeof(CorpusFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "PartnerBot.Tests", "Understanding", "Corpus");

    /// <summary>Every <c>*.json</c> file of the folder.</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)];

    /// <summary>Reads one file strictly (no comments, no trailing commas, no repeated keys); throws <see cref="JsonException"/> on bad JSON.</summary>
    public static JsonDocument Parse(string path) =>
        JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false });

    /// <summary>Every case of every file whose name has the form <c>{group}.{build|heldback}.json</c>.</summary>
    public static IReadOnlyList<CorpusCase> Cases { get; } = Load();

    /// <summary>The group and part a file name stands for, or null when it does not have the corpus form.</summary>
    public static (string Group, bool HeldBack)? Part(string path) =>
        FileNameRegex().Match(Path.GetFileName(path)) is { Success: true } match
            ? (match.Groups["group"].Value, match.Groups["part"].Value == "heldback")
            : null;

    private static List<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var path in Paths)
        {
            if (Part(path) is not { } part)
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = Parse(path);
            }
            catch (JsonException)
            {
                // The file's own test names the error; the other checks run on the files that parse.
                continue;
            }

            using (document)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    // Cloned so the cases outlive the document.
                    cases.AddRange(document.RootElement.EnumerateArray().Select(e => new CorpusCase(Path.GetFileName(path), part.Group, part.HeldBack, e.Clone())));
                }
            }
        }

        return cases;
    }

    [GeneratedRegex(@"^(?<group>[a-z]{2}(?:-[a-z]{2})?)\.(?<part>build|heldback)\.json$")]
    private static partial Regex FileNameRegex();
}
