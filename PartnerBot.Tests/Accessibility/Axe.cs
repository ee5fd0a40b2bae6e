using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace PartnerBot.Tests.Accessibility;

/// <summary>axe-core (from npm, see package.json here) run in a Playwright page against the WCAG 2.2 A/AA rules.</summary>
public static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private static readonly Lazy<string> Script = new(() =>
    {
        var path = typeof(Axe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AxeScript").Value!;
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing: the test build runs npm ci in PartnerBot.Tests/Accessibility.", path);
    });

    /// <summary>Fails with every serious or critical violation listed when the page has any; the counts go to <see cref="AxeReport"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var all = await ViolationsAsync(page);
        var violations = all.Where(v => v.Serious).Select(v => v.Line).ToList();
        AxeReport.Record(what, violations.Count, all.Count(v => !v.Serious), all.Select(v => v.Rule));
        Assert.True(violations.Count == 0, $"{what}: {violations.Count} serious or critical axe violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>Every violation on the page as it is now: its rule, whether it is serious or critical, and its line (rule, impact,
    /// help, up to five elements).</summary>
    /// <remarks>Evaluated through the DevTools protocol, so the page's Content-Security-Policy neither blocks axe nor has to be loosened for it.</remarks>
    private static async Task<IReadOnlyList<(string Rule, bool Serious, string Line)>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => { " + Script.Value + "\n }");
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                rule: v.id,
                serious: v.impact === 'serious' || v.impact === 'critical',
                line: `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\s+/g, ' ') + ']' : '')).join('; ')}`
              }));
            }
            """,
            Tags);
        return [.. violations.EnumerateArray().Select(v => (v.GetProperty("rule").GetString()!, v.GetProperty("serious").GetBoolean(), v.GetProperty("line").GetString()!))];
    }
}
