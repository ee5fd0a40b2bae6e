using System.Globalization;

namespace PartnerBot.Storage;

/// <summary>Instants as SQLite keeps them: fixed-width UTC text, so text order is time order and nothing is rounded.</summary>
internal static class DbTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    /// <summary>PostgreSQL keeps microseconds: the UTC instant Npgsql accepts for <c>timestamptz</c>.</summary>
    public static DateTimeOffset ToPostgres(DateTimeOffset value) => value.ToUniversalTime();
}
