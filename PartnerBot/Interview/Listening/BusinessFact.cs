namespace PartnerBot.Interview.Listening;

/// <summary>One answer the owner gives customers' questions (<c>Bot:Facts:{language}</c>): found by the words of a built-in
/// <see cref="Topic"/> (<c>Languages/{code}/facts.json</c>), by the owner's own <see cref="Keywords"/>, or both.</summary>
public sealed class BusinessFact
{
    /// <summary>A built-in topic: <c>openingHours</c>, <c>area</c>, <c>services</c>, <c>prices</c>, <c>data</c>.</summary>
    public string? Topic { get; set; }

    /// <summary>More words that point to this answer ("hausbesuch"); a word also matches longer words it begins ("hausbesuche").</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>What the bot answers, in the owner's words.</summary>
    public string Answer { get; set; } = "";
}
