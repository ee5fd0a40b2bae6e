using System.Threading.Channels;

namespace PartnerBot.WebChat;

/// <summary>One open WebSocket's outgoing frames: a bounded queue; a client too slow to keep up is dropped and resumes from its watermark.</summary>
public sealed class DirectLineSubscriber
{
    private readonly Channel<string> _frames;

    public DirectLineSubscriber(int capacity)
    {
        _frames = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The frames to send, in order; completes when the conversation is evicted or the client fell behind.</summary>
    public ChannelReader<string> Frames => _frames.Reader;

    /// <summary>True once the queue overflowed.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Queues a frame; on overflow the stream ends (never blocks the sender, never grows without bound).</summary>
    public void Offer(string frame)
    {
        if (!_frames.Writer.TryWrite(frame))
        {
            Overflowed = true;
            _frames.Writer.TryComplete();
        }
    }

    /// <summary>Ends the stream.</summary>
    public void Complete() => _frames.Writer.TryComplete();
}
