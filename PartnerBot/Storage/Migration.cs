namespace PartnerBot.Storage;

/// <summary>One numbered step of a database schema; applied once, in order, and recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql);
