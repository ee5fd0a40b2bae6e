using System.Text.Json;

namespace PartnerBot.Tests.Understanding;

/// <summary>One labelled customer message of the understanding corpus, as its file holds it.</summary>
/// <param name="File">The corpus file's name ("de.build.json").</param>
/// <param name="Json">The whole case object, for checks of its keys.</param>
public sealed record CorpusCase(string File, string Group, bool HeldBack, JsonElement Json)
{
    public string Id => String("id") ?? "";

    public string Locale => String("locale") ?? "";

    public string? OnScreen => String("onScreen");

    public string Text => String("text") ?? "";

    public string Now => String("now") ?? "";

    /// <summary>What the message says; an empty object when the case has none.</summary>
    public JsonElement Expect => Json.TryGetProperty("expect", out var expect) ? expect : default;

    /// <summary>The language the message is written in: the <c>language</c> label, else the page locale's language.</summary>
    public string Language => ExpectString("language") ?? Locale.Split('-')[0];

    /// <summary>A string label of <see cref="Expect"/>, or null when the case has none.</summary>
    public string? ExpectString(string key) =>
        Expect.ValueKind == JsonValueKind.Object && Expect.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An object label of <see cref="Expect"/> (timeframe, budget), or null.</summary>
    public JsonElement? ExpectObject(string key) =>
        Expect.ValueKind == JsonValueKind.Object && Expect.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({File}): {Text}";

    private string? String(string key) =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
