namespace PartnerBot.Languages;

/// <summary>One representative phrase per recognizer model, and one whole message, in a language.</summary>
public sealed class LanguageWarmup
{
    /// <summary>Dates, ranges and durations.</summary>
    public string Dates { get; init; } = "";

    /// <summary>Amounts with a currency.</summary>
    public string Money { get; init; } = "";

    /// <summary>Plain numbers, also in words.</summary>
    public string Numbers { get; init; } = "";

    /// <summary>A whole first message with every kind of answer in it.</summary>
    public string Message { get; init; } = "";
}
