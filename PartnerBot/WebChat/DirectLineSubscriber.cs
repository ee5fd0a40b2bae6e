using System.Threading.Channels;

namespace PartnerBot.WebChat;

/// <summary>One open WebSocket's signals: "the log has more" (coalesced) and activities that are not logged (typing). Bounded:
/// a client too slow to keep up is dropped and resumes from its watermark.</summary>
public sealed class DirectLineSubscriber
{
    private readonly Channel<string?> _signals;
    private int _wakePending;

    public DirectLineSubscriber(int capacity)
    {
        _signals = Channel.CreateBounded<string?>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The signals in order: null means "read the log after your watermark", a string is an unlogged activity's JSON;
    /// completes when the conversation ended or the client fell behind.</summary>
    public ChannelReader<string?> Signals => _signals.Reader;

    /// <summary>True once the queue overflowed.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Says the log has more; one pending wake stands for any number of appends, so appends never fill the queue.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _wakePending, 1) == 0)
        {
            Write(null);
        }
    }

    /// <summary>Called by the reader before it reads the log, so an append after the read wakes it again.</summary>
    public void WakeTaken() => Interlocked.Exchange(ref _wakePending, 0);

    /// <summary>Queues an unlogged activity; on overflow the stream ends (never blocks the sender, never grows without bound).</summary>
    public void Offer(string json) => Write(json);

    /// <summary>Ends the stream.</summary>
    public void Complete() => _signals.Writer.TryComplete();

    private void Write(string? signal)
    {
        if (!_signals.Writer.TryWrite(signal))
        {
            Overflowed = true;
            _signals.Writer.TryComplete();
        }
    }
}
