namespace PartnerBot.Understanding;

/// <summary>A stretch of the customer's message: where a recognised entity or phrase sits.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when the span overlaps any of <paramref name="spans"/>.</summary>
    public bool OverlapsAny(IEnumerable<TextSpan> spans) => spans.Any(Overlaps);
}
