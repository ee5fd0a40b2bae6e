namespace PartnerBot.Owner.Handoff;

/// <summary>Looks every few seconds for customers who waited longer than <c>HandoffTimeout</c> (<see cref="HandoffDesk.ExpireDueAsync"/>).</summary>
public sealed class HandoffTimeoutService(HandoffDesk desk, TimeProvider time, ILogger<HandoffTimeoutService> logger) : BackgroundService
{
    /// <summary>How often the queue is looked at; a customer waits at most this much longer than the timeout.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await desk.ExpireDueAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning("Looking for handoffs past their timeout failed ({ExceptionType}); trying again shortly.", exception.GetType().FullName);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
