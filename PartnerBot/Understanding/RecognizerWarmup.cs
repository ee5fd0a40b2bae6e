using System.Diagnostics;
using PartnerBot.Hosting;
using PartnerBot.Languages;

namespace PartnerBot.Understanding;

/// <summary>Warms the recognizer models at start-up and tells <see cref="Readiness"/> when they are ready.</summary>
public sealed class RecognizerWarmup : IHostedService
{
    private readonly RecognizerModels _models;
    private readonly LanguageRegistry _languages;
    private readonly ITextUnderstanding _understanding;
    private readonly Readiness _readiness;
    private readonly ILogger<RecognizerWarmup> _logger;
    private int _completed;

    /// <summary>Registers the warm-up as a start-up step.</summary>
    public RecognizerWarmup(RecognizerModels models, ITextUnderstanding understanding, Readiness readiness, ILogger<RecognizerWarmup> logger, LanguageRegistry? languages = null)
    {
        _models = models;
        _languages = languages ?? LanguageRegistry.Shared;
        _understanding = understanding;
        _readiness = readiness;
        _logger = logger;
        _readiness.Expect();
    }

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await Task.Run(Warm, cancellationToken);
            _logger.LogInformation("Recognizers warm after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The models still work when first used; only the first customer pays the cold start.
            _logger.LogError(exception, "Warming the recognizers failed after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        finally
        {
            if (Interlocked.Exchange(ref _completed, 1) == 0)
            {
                _readiness.Complete();
            }
        }
    }

    /// <summary>Warms the models, then runs one message per language through every rule (compiling our own code too).</summary>
    private void Warm()
    {
        _models.Warm();
        var now = DateTimeOffset.UtcNow;
        foreach (var language in _languages.Languages)
        {
            _understanding.Understand(language.Warmup.Message, language.DefaultLocale, null, now);
        }

        _understanding.Understand("ja", LanguageRegistry.FallbackLocale, SlotNames.Budget, now);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
