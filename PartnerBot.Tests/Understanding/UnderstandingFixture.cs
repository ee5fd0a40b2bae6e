using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>One set of warm recognizer models for all understanding tests (cold models cost about a second).</summary>
public sealed class UnderstandingFixture
{
    /// <summary>The customer's "today" in every test.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(1));

    public UnderstandingFixture()
    {
        Models = new RecognizerModels();
        Models.Warm();
        Understanding = new TextUnderstanding(Models);
    }

    public RecognizerModels Models { get; }

    public TextUnderstanding Understanding { get; }
}
