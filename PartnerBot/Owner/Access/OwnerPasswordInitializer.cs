namespace PartnerBot.Owner.Access;

/// <summary>Makes sure at start-up that the dashboard has a password, so a generated one is printed right away.</summary>
public sealed class OwnerPasswordInitializer(OwnerPassword password) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => password.GetHashAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
