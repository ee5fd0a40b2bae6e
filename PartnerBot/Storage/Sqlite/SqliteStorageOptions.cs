using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Storage.Sqlite;

/// <summary>How the embedded SQLite store is reached: its connection string (<c>ConnectionStrings:PartnerBot</c>) and lock patience (<c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>A Microsoft.Data.Sqlite connection string; the folder of its file is created when missing.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/partnerbot.db";

    /// <summary>How long a statement waits for another writer's lock before it fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
