namespace PartnerBot.Storage;

/// <summary>Which store to use (<c>Storage:Provider</c>) and how to reach it (<c>ConnectionStrings:PartnerBot</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The name of the connection string under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "PartnerBot";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Bound from <c>ConnectionStrings:PartnerBot</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/partnerbot.db";
}
