namespace PartnerBot.Storage.Backup;

/// <summary>A restore that cannot go ahead, with a message for the operator; the current database was left as it was.</summary>
public sealed class RestoreException(string message) : Exception(message);
