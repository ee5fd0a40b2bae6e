namespace PartnerBot.Storage.Backup;

/// <summary>Reads the base64 keys of <see cref="BackupOptions"/>.</summary>
public static class BackupKeys
{
    /// <summary>The decoded key, or null when <paramref name="text"/> is not base64 of the required length (<paramref name="exactly"/> bytes, or at least 32).</summary>
    public static byte[]? Decode(string text, int? exactly)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written))
        {
            return null;
        }

        var ok = exactly is { } length ? written == length : written >= 32;
        return ok ? buffer[..written] : null;
    }
}
