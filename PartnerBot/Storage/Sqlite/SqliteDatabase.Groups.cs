using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

// Partial: how the queued writes of WriteAsync are committed, apart from opening, migrating and checkpointing the file.
public sealed partial class SqliteDatabase
{
    private const string Savepoint = "partnerbot_write";

    private async Task RunGroupsAsync(List<SqliteWriteGroup.IWrite> group)
    {
        while (true)
        {
            await RunGroupAsync(group);

            // The caller that found the writer idle wrote the first group itself; it goes on with its turn now, and the thread pool
            // writes what queued meanwhile.
            await Task.Yield();
            if (_group.Next() is not { } next)
            {
                return;
            }

            group = next;
        }
    }

    private async Task RunGroupAsync(List<SqliteWriteGroup.IWrite> group)
    {
        await _writeGate.WaitAsync(CancellationToken.None);
        try
        {
            var live = new List<SqliteWriteGroup.IWrite>(group.Count);
            foreach (var write in group)
            {
                if (write.IsCancelled)
                {
                    write.Failed(new OperationCanceledException());
                }
                else
                {
                    live.Add(write);
                }
            }

            if (live.Count > 0)
            {
                await CommitGroupAsync(live);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task CommitGroupAsync(List<SqliteWriteGroup.IWrite> writes)
    {
        var failed = new List<(SqliteWriteGroup.IWrite Write, Exception Exception)>();
        try
        {
            var connection = _writer ??= await OpenAsync(CancellationToken.None);
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (writes.Count == 1)
            {
                await writes[0].RunAsync(connection, transaction);
            }
            else
            {
                foreach (var write in writes)
                {
                    transaction.Save(Savepoint);
                    try
                    {
                        await write.RunAsync(connection, transaction);
                        transaction.Release(Savepoint);
                    }
                    catch (Exception exception)
                    {
                        // Undoes this write only; should even that fail, the whole group fails below.
                        transaction.Rollback(Savepoint);
                        transaction.Release(Savepoint);
                        failed.Add((write, exception));
                    }
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            Interlocked.Increment(ref _writeTransactions);
        }
        catch (Exception exception)
        {
            // Nothing of the group was committed: every write fails, a write's own failure with its own exception.
            foreach (var write in writes)
            {
                write.Failed(failed.Find(f => ReferenceEquals(f.Write, write)).Exception ?? exception);
            }

            if (exception is not EtagConflictException)
            {
                // Whatever went wrong, the next write starts on a fresh connection.
                await CloseWriterAsync();
            }

            return;
        }

        foreach (var write in writes)
        {
            if (failed.Find(f => ReferenceEquals(f.Write, write)).Exception is { } exception)
            {
                write.Failed(exception);
            }
            else
            {
                write.Committed();
            }
        }

        if (failed.Exists(f => f.Exception is not EtagConflictException))
        {
            await CloseWriterAsync();
        }
    }
}
