using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

/// <summary>The corpus as tests: every build case read right, except those listed in <see cref="CorpusNotYetUnderstood"/>, which must
/// still be read wrong (an improvement takes a case off the list, so the list never hides a regression), and per language group a ratchet on the held-back part's shares that fails when understanding gets worse.</summary>
[Collection(nameof(UnderstandingCollection))]
public class CorpusUnderstandingTests(UnderstandingFixture fixture)
{
    public static TheoryData<string> BuildCases() =>
        [.. CorpusFiles.Cases.Where(c => !c.HeldBack && !CorpusNotYetUnderstood.Ids.Contains(c.Id)).Select(c => c.Id)];

    public static TheoryData<string> Groups() => [.. CorpusFiles.Cases.Select(c => c.Group).Distinct()];

    [Theory]
    [MemberData(nameof(BuildCases))]
    public void A_build_case_is_understood_as_labelled(string id)
    {
        var c = CorpusFiles.Cases.Single(x => x.Id == id);
        var wrong = Read(c).Where(x => !x.Right).Select(x => x.Field).ToList();
        Assert.True(wrong.Count == 0, $"{c}: wrong {string.Join(", ", wrong)}");
    }

    [Fact]
    public void The_cases_listed_as_not_yet_understood_are_build_cases_still_read_wrong()
    {
        var build = CorpusFiles.Cases.Where(c => !c.HeldBack).ToDictionary(c => c.Id);
        Assert.All(CorpusNotYetUnderstood.Ids, id => Assert.True(build.ContainsKey(id), $"{id} is no build case"));
        var nowRight = CorpusNotYetUnderstood.Ids.Where(id => Read(build[id]).All(x => x.Right)).ToList();
        Assert.True(nowRight.Count == 0, $"understood now, take them off CorpusNotYetUnderstood: {string.Join(", ", nowRight)}");
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void The_held_back_part_is_understood_at_least_as_well_as_before(string group)
    {
        // Only shares are compared: the held-back messages themselves are never shown.
        var checks = CorpusFiles.Cases.Where(c => c.HeldBack && c.Group == group).SelectMany(Read).ToList();
        var shares = checks.Where(x => !x.Field.StartsWith('+'))
            .GroupBy(x => x.Field)
            .ToDictionary(g => g.Key, g => 100.0 * g.Count(x => x.Right) / g.Count());
        var floors = CorpusRatchet.Floors[group];
        var worse = floors.Where(f => shares.GetValueOrDefault(f.Key, 100) + 0.05 < f.Value)
            .Select(f => $"{f.Key} {shares.GetValueOrDefault(f.Key):0.#} % < {f.Value:0.#} %").ToList();

        Assert.True(worse.Count == 0, $"{group} held back got worse: {string.Join("; ", worse)}");
        Assert.Equal(floors.Keys.Order(StringComparer.Ordinal), shares.Keys.Where(floors.ContainsKey).Order(StringComparer.Ordinal));
    }

    private List<(string Field, bool Right)> Read(CorpusCase c) =>
        CorpusChecks.Check(c, fixture.Understanding.Understand(c.Text, c.Locale, CorpusChecks.ExpectedSlot(c.OnScreen), CorpusChecks.Now(c)));
}
