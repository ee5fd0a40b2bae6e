namespace PartnerBot.Languages;

/// <summary>One language the bot speaks, as its <c>Languages/{code}/language.json</c> describes it.</summary>
public sealed class Language
{
    /// <summary>The two-letter code, also the folder name: <c>de</c>, <c>en</c>, <c>fr</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>The language's own name ("Deutsch", "Français").</summary>
    public string Name { get; init; } = "";

    /// <summary>The Microsoft.Recognizers.Text culture that reads dates, amounts and e-mail addresses (<c>de-de</c>).</summary>
    public string RecognizerCulture { get; init; } = "";

    /// <summary>The region a bare language code stands for (<c>de</c> → <c>DE</c>, <c>en</c> → <c>US</c>).</summary>
    public string DefaultRegion { get; init; } = "";

    /// <summary>The culture the recognizer writes its resolved numbers in (<c>de-DE</c>: "2,5"; empty: invariant).</summary>
    public string NumberFormat { get; init; } = "";

    /// <summary>The culture the owner dashboard formats numbers and dates in.</summary>
    public string DashboardCulture { get; init; } = "";

    /// <summary>Currency and phone region per region; regions not listed use <see cref="DefaultRegion"/>'s.</summary>
    public Dictionary<string, LanguageRegion> Regions { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentences run once at start-up so the recognizers are warm before the first customer.</summary>
    public LanguageWarmup Warmup { get; init; } = new();

    /// <summary>The locale a bare language code stands for (<c>de-DE</c>).</summary>
    public string DefaultLocale => $"{Code}-{DefaultRegion}";

    /// <summary>The currency and phone region of <paramref name="region"/>, or of the default region when it is not listed.</summary>
    public LanguageRegion RegionOrDefault(string region) =>
        Regions.TryGetValue(region, out var known) ? known : Regions[DefaultRegion];
}
