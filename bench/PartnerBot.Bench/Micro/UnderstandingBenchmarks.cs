using BenchmarkDotNet.Attributes;
using PartnerBot.Storage;
using PartnerBot.Understanding;

namespace PartnerBot.Bench.Micro;

/// <summary>Understanding alone: <see cref="ITextUnderstanding"/> reading one customer sentence with every recognizer, no bot, no storage.</summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    // The test clock's day, so relative dates resolve the same on every run.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private BenchServices? _services;
    private ITextUnderstanding _understanding = null!;

    /// <summary>The sentence of this case.</summary>
    [ParamsSource(nameof(Sentences))]
    public UnderstandingSentence Sentence { get; set; } = UnderstandingSentence.All[0];

    /// <summary>Every sentence, one case each.</summary>
    public static IEnumerable<UnderstandingSentence> Sentences => UnderstandingSentence.All;

    /// <summary>Builds the recognizers as the app does and checks the sentence is understood as its kind.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _services = BenchServices.Create(StorageProvider.Memory);
        _understanding = _services.Services.GetRequiredService<ITextUnderstanding>();
        if (!Sentence.IsUnderstood(Understand()))
        {
            throw new InvalidOperationException($"\"{Sentence.Text}\" ({Sentence}) is not understood as a {Sentence.Kind}; the case would measure another path.");
        }
    }

    /// <summary>Frees the container.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>One sentence through every recognizer.</summary>
    [Benchmark]
    public Understood Understand() => _understanding.Understand(Sentence.Text, Sentence.Locale, Sentence.ExpectedSlot, Now);
}
