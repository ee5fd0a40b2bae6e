using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Storage.Postgres;

/// <summary>How the PostgreSQL store is reached: <c>ConnectionStrings:PartnerBot</c> (an Npgsql connection string).</summary>
public sealed class PostgresStorageOptions
{
    public const string SectionName = "Storage:Postgres";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=partnerbot;Username=partnerbot;Password=…</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "";
}
