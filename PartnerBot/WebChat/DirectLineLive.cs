namespace PartnerBot.WebChat;

/// <summary>What this instance holds of a conversation besides the log: the gate that serialises its turns here and its open streams.</summary>
public sealed class DirectLineLive
{
    private readonly object _gate = new();
    private readonly List<DirectLineSubscriber> _subscribers = [];

    /// <summary>Serialises turns into the bot, so one customer's messages are answered in order (across instances the turn lock does).</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>Whether a stream is open on it here (a customer with the page open).</summary>
    public bool HasSubscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count > 0;
            }
        }
    }

    /// <summary>Adds a stream.</summary>
    public void Subscribe(DirectLineSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Add(subscriber);
        }
    }

    /// <summary>Removes a stream.</summary>
    public void Unsubscribe(DirectLineSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }
    }

    /// <summary>Tells every stream the log has more.</summary>
    public void Wake() => Each(s => s.Wake());

    /// <summary>Sends an unlogged activity (typing) to every stream.</summary>
    public void Offer(string json) => Each(s => s.Offer(json));

    /// <summary>Ends every stream (the conversation ended or was evicted).</summary>
    public void Close() => Each(s => s.Complete());

    private void Each(Action<DirectLineSubscriber> action)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                action(subscriber);
            }

            _subscribers.RemoveAll(s => s.Overflowed);
        }
    }
}
