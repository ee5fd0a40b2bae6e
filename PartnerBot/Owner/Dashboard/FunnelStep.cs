namespace PartnerBot.Owner.Dashboard;

/// <summary>One step of the funnel: started, consented, completed, contacted, won.</summary>
public sealed record FunnelStep(string Key, int Count);
