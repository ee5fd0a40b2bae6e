namespace PartnerBot.Bench.Corpus;

/// <summary>How today's understanding did on one case: the kind it amounts to, each labelled value right or not, and values it found that the message does not give.</summary>
public sealed record CorpusScore(CorpusCase Case, string ReadAs, IReadOnlyList<(string Field, bool Right)> Checks, IReadOnlyList<string> FalseFinds)
{
    /// <summary>True when the kind was read right.</summary>
    public bool KindRight => ReadAs == Case.Expect.Kind;

    /// <summary>True when the kind and every labelled value were right and nothing was found that the message does not give.</summary>
    public bool FullyRight => KindRight && Checks.All(c => c.Right) && FalseFinds.Count == 0;
}
