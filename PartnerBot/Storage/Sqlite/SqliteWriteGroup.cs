using Microsoft.Data.Sqlite;

namespace PartnerBot.Storage.Sqlite;

/// <summary>The writes waiting for SQLite's single writer, committed together: each write in a savepoint of one transaction.</summary>
/// <remarks>Under load many turns wait for the writer at once; one <c>BEGIN IMMEDIATE … COMMIT</c> for all of them writes each
/// changed page to the WAL once instead of once per turn, and the queue empties faster than the turns arrive. A write that fails is
/// rolled back to its savepoint and fails alone; the others commit. Every write is still in exactly one transaction, all or nothing.</remarks>
internal sealed class SqliteWriteGroup
{
    private readonly object _lock = new();
    private List<IWrite> _waiting = [];
    private bool _draining;

    /// <summary>A write waiting for the writer.</summary>
    internal interface IWrite
    {
        /// <summary>Cancelled before it ran.</summary>
        bool IsCancelled { get; }

        /// <summary>Runs the write's statements in <paramref name="transaction"/> and keeps its result until the commit.</summary>
        Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        /// <summary>After the commit: the write's caller gets its result.</summary>
        void Committed();

        /// <summary>The write did not happen: its caller gets <paramref name="exception"/>.</summary>
        void Failed(Exception exception);
    }

    /// <summary>Queues <paramref name="write"/>; returns the writes to run now when the caller is the one to run them, else null.</summary>
    public List<IWrite>? Join(IWrite write)
    {
        lock (_lock)
        {
            _waiting.Add(write);
            if (_draining)
            {
                return null;
            }

            _draining = true;
            return Take();
        }
    }

    /// <summary>After a group: the next writes to run (the caller runs them), or null when none wait.</summary>
    public List<IWrite>? Next()
    {
        lock (_lock)
        {
            if (_waiting.Count == 0)
            {
                _draining = false;
                return null;
            }

            return Take();
        }
    }

    private List<IWrite> Take()
    {
        var group = _waiting;
        _waiting = [];
        return group;
    }

    /// <summary>One write and its result.</summary>
    internal sealed class Write<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) : IWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        /// <summary>Completes after the commit with the write's result.</summary>
        public Task<T> Task => _done.Task;

        public bool IsCancelled => cancellationToken.IsCancellationRequested;

        public async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) => _result = await work(connection, transaction);

        public void Committed() => _done.TrySetResult(_result);

        public void Failed(Exception exception)
        {
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                _done.TrySetCanceled(cancellationToken);
            }
            else
            {
                _done.TrySetException(exception);
            }
        }
    }
}
