namespace PartnerBot.Storage;

/// <summary>Where PartnerBot keeps its state and profiles.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by several instances.</summary>
    Postgres,

    /// <summary>Memory only: tests and demos; everything is gone at restart.</summary>
    Memory,
}
