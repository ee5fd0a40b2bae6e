namespace PartnerBot.Understanding;

/// <summary>Word lists that tell a name from the words around it (<c>names.*</c> in <c>understanding.json</c>).</summary>
internal static class NameWords
{
    /// <summary>Words after which a name does not go on: they start a new clause.</summary>
    public static readonly HashSet<string> ClauseStarts = Vocabulary.Shared.Set("names.clauseStarts", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are not names even when capitalised: what follows "ich bin"/"I'm" when it is no introduction.</summary>
    public static readonly HashSet<string> NotNames = Vocabulary.Shared.Set("names.notNames", StringComparer.OrdinalIgnoreCase);

    /// <summary>Name particles that may stand lower-case inside a name ("Ludwig van Beethoven", "Anna von Bergen").</summary>
    public static readonly HashSet<string> Particles = Vocabulary.Shared.Set("names.particles", StringComparer.OrdinalIgnoreCase);

    /// <summary>Particles that after a name say where the person writes from, never part of the name ("Frau Yilmaz vom Salon Haarmonie").</summary>
    public static readonly HashSet<string> Origins = Vocabulary.Shared.Set("names.origins", StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles that belong to a name after its particle ("Klaus von der Heide", "Maria de la Cruz").</summary>
    public static readonly HashSet<string> ParticleArticles = Vocabulary.Shared.Set("names.particleArticles", StringComparer.OrdinalIgnoreCase);
}
