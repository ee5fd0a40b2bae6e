namespace PartnerBot.Owner.Handoff;

/// <summary>The bus of a single instance (SQLite, memory): events go to this instance's dashboards.</summary>
public sealed class LocalHandoffBus(HandoffHub hub) : IHandoffBus
{
    /// <inheritdoc/>
    public Task PublishAsync(HandoffEvent handoffEvent, CancellationToken cancellationToken)
    {
        hub.Deliver(handoffEvent);
        return Task.CompletedTask;
    }
}
