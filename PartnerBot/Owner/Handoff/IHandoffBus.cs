namespace PartnerBot.Owner.Handoff;

/// <summary>Publishes a handoff event to the live dashboards of every instance.</summary>
public interface IHandoffBus
{
    /// <summary>Delivers <paramref name="handoffEvent"/> here and, with PostgreSQL, on the other instances.</summary>
    Task PublishAsync(HandoffEvent handoffEvent, CancellationToken cancellationToken);
}
