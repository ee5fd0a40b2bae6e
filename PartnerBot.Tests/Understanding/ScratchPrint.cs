namespace PartnerBot.Tests.Understanding;

[Collection(nameof(UnderstandingCollection))]
public class ScratchPrint(UnderstandingFixture fixture)
{
    [Fact]
    public void Print()
    {
        var ids = File.ReadAllLines("/tmp/und/scratch-ids.txt").ToHashSet();
        var lines = CorpusFiles.Cases.Where(c => !c.HeldBack && ids.Contains(c.Id)).Select(c =>
        {
            var u = fixture.Understanding.Understand(c.Text, c.Locale, CorpusChecks.ExpectedSlot(c.OnScreen), CorpusChecks.Now(c));
            return $"{c.Id} now={c.Now} | {c.Text} | got date={u.Timeframe?.Date} ({u.Timeframe?.Text}) budget={u.Budget} wish={u.Wish?.Value} name={u.Name} | want {c.Expect}";
        });
        File.WriteAllLines("/tmp/und/scratch.txt", lines);
    }
}
