using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary><c>GET /conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket that pushes <c>{"activities":[…],"watermark":"N"}</c> frames.</summary>
/// <remarks>On connect it replays from the watermark (or the start), which is how a greeting sent before the socket opened reaches the page.
/// Then every wake (an append here, or on another instance through the log) reads the log after the last watermark sent, so the
/// socket gets every activity once and in order wherever it was appended; nothing but that watermark is kept per socket.</remarks>
public static class DirectLineStream
{
    /// <summary>How often an open socket marks its conversation as used in the log, so no instance evicts a conversation being watched.</summary>
    public static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(20);

    /// <summary>Handles the upgrade and runs the socket until either side closes.</summary>
    public static async Task<IResult> HandleAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store,
        IOptions<WebChatOptions> options, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "This is a WebSocket endpoint.");
        }

        var token = tokens.Validate(t, DirectLineTokenScope.Stream);
        var lookup = token is null || token.ConversationId != conversationId ? null : await store.LookupAsync(conversationId, http.RequestAborted);
        if (lookup is null || tokens.IsRevoked(lookup.RevokedAt))
        {
            return DirectLineJson.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL is invalid or expired; get a new one from GET /conversations/{id}.");
        }

        if (lookup.Conversation is null)
        {
            return DirectLineEndpoints.NotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var subscriber = new DirectLineSubscriber(options.Value.MaxPendingFramesPerSocket);
        var live = store.Live(conversationId);
        // Subscribed before the first read, so an append between the two wakes it.
        live.Subscribe(subscriber);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        // On shutdown the socket ends first ("going away"), so the page reconnects, to this instance after its restart or to another.
        using var stopping = lifetime.ApplicationStopping.Register(subscriber.Complete);
        try
        {
            var receiving = ReceiveAsync(socket, closing.Token);
            await SendAsync(socket, new Cursor(store, conversationId, DirectLineEndpoints.ParseWatermark(watermark)), subscriber, time, receiving, lifetime.ApplicationStopping, closing.Token);
            await closing.CancelAsync();
            await receiving;
        }
        finally
        {
            live.Unsubscribe(subscriber);
        }

        return Results.Empty;
    }

    private static async Task SendAsync(
        WebSocket socket, Cursor cursor, DirectLineSubscriber subscriber, TimeProvider time, Task receiving, CancellationToken stopping, CancellationToken cancellationToken)
    {
        try
        {
            // The replay: one frame, also when empty (the client learns the watermark).
            if (await cursor.ReadAsync(cancellationToken) is not { } replay)
            {
                await CloseAsync(socket, subscriber, stopping, cancellationToken);
                return;
            }

            await SendFrameAsync(socket, replay.Frame(), cancellationToken);
            var lastTouched = time.GetUtcNow();
            while (true)
            {
                var waiting = subscriber.Signals.WaitToReadAsync(cancellationToken).AsTask();
                var tick = Task.Delay(WatchInterval, time, cancellationToken);
                var first = await Task.WhenAny(waiting, receiving, tick);
                if (first == receiving || (first == waiting && !await waiting))
                {
                    break;
                }

                if (time.GetUtcNow() - lastTouched >= WatchInterval)
                {
                    // Also a read: a conversation evicted or ended elsewhere closes its sockets here too.
                    await cursor.TouchAsync(cancellationToken);
                    lastTouched = time.GetUtcNow();
                    subscriber.Wake();
                }

                if (!await DrainAsync(socket, cursor, subscriber, cancellationToken))
                {
                    break;
                }
            }

            await CloseAsync(socket, subscriber, stopping, cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>Sends what the signals ask for; false when the conversation is gone.</summary>
    private static async Task<bool> DrainAsync(WebSocket socket, Cursor cursor, DirectLineSubscriber subscriber, CancellationToken cancellationToken)
    {
        while (subscriber.Signals.TryRead(out var signal))
        {
            if (signal is not null)
            {
                await SendFrameAsync(socket, DirectLinePage.Frame([signal], cursor.Watermark), cancellationToken);
                continue;
            }

            subscriber.WakeTaken();
            if (await cursor.ReadAsync(cancellationToken) is not { } page)
            {
                return false;
            }

            // One frame per activity, as it was appended, each with the watermark after it.
            foreach (var (sequence, json) in page.Entries)
            {
                await SendFrameAsync(socket, DirectLinePage.Frame([json], sequence + 1), cancellationToken);
            }
        }

        return true;
    }

    private static Task SendFrameAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task CloseAsync(WebSocket socket, DirectLineSubscriber subscriber, CancellationToken stopping, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            var (status, reason) = subscriber.Overflowed
                ? (WebSocketCloseStatus.PolicyViolation, "client too slow; reconnect with your watermark")
                : stopping.IsCancellationRequested
                    ? (WebSocketCloseStatus.EndpointUnavailable, "server restarting; reconnect with your watermark")
                    : (WebSocketCloseStatus.NormalClosure, "closed");
            await socket.CloseOutputAsync(status, reason, cancellationToken);
        }
    }

    private static async Task ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        // DirectLineJS sends "" every 20 s to keep the socket alive; content is ignored and never buffered beyond this block.
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>Where one socket stands in the log: the watermark of what it was sent.</summary>
    private sealed class Cursor(DirectLineConversationStore store, string conversationId, long watermark)
    {
        public long Watermark { get; private set; } = watermark;

        public async Task<DirectLinePage?> ReadAsync(CancellationToken cancellationToken)
        {
            var page = await store.ReadAsync(conversationId, Watermark, cancellationToken);
            if (page is not null)
            {
                Watermark = Math.Max(Watermark, page.Watermark);
            }

            return page;
        }

        public Task TouchAsync(CancellationToken cancellationToken) => store.Log.TouchAsync(conversationId, cancellationToken);
    }
}
