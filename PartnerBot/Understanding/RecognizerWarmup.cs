using System.Diagnostics;
using PartnerBot.Hosting;

namespace PartnerBot.Understanding;

/// <summary>Warms the recognizer models at start-up and tells <see cref="Readiness"/> when they are ready.</summary>
public sealed class RecognizerWarmup : IHostedService
{
    private readonly RecognizerModels _models;
    private readonly ITextUnderstanding _understanding;
    private readonly Readiness _readiness;
    private readonly ILogger<RecognizerWarmup> _logger;
    private int _completed;

    /// <summary>Registers the warm-up as a start-up step.</summary>
    public RecognizerWarmup(RecognizerModels models, ITextUnderstanding understanding, Readiness readiness, ILogger<RecognizerWarmup> logger)
    {
        _models = models;
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
        _understanding.Understand("Hallo, ich bin Anna Schmidt, ich brauche bis Ende März eine neue Website für 5.000 €, anna@example.com, 0171 2345678", "de-DE", null, now);
        _understanding.Understand("Hi, I'm John Smith, I need a shop by next month for $2,500, call me at (415) 555-0100", "en-US", SlotNames.Name, now);
        _understanding.Understand("ja", "de-DE", SlotNames.Budget, now);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
