using System.Collections.Concurrent;

namespace PartnerBot.Storage.Sqlite;

// Partial: the connections kept open for reads, apart from the single writer and the schema.
public sealed partial class SqliteDatabase
{
    /// <summary>How many idle read connections are kept; reads beyond that open one and close it afterwards.</summary>
    private const int IdleReaders = 8;

    private readonly ConcurrentBag<SqliteReadConnection> _readers = [];
    private volatile bool _closed;

    /// <summary>Runs <paramref name="work"/> on an open read connection of this database, kept between reads.</summary>
    /// <remarks>Opening a pooled connection still set its four pragmas every time, and every read statement was parsed anew: on a
    /// turn's state read that was about as much as the read itself. A read that fails gives its connection up rather than back.</remarks>
    public async Task<T> ReadAsync<T>(Func<SqliteReadConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var reader = _readers.TryTake(out var idle) ? idle : new SqliteReadConnection(await OpenAsync(cancellationToken));
        var reusable = false;
        try
        {
            var result = await work(reader);
            reusable = true;
            return result;
        }
        finally
        {
            if (reusable && !_closed && _readers.Count < IdleReaders)
            {
                _readers.Add(reader);
            }
            else
            {
                await reader.DisposeAsync();
            }
        }
    }

    private async ValueTask CloseReadersAsync()
    {
        _closed = true;
        while (_readers.TryTake(out var reader))
        {
            await reader.DisposeAsync();
        }
    }
}
