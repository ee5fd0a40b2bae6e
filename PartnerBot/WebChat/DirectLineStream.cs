using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerBot.WebChat;

/// <summary><c>GET /conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket that pushes <c>{"activities":[…],"watermark":"N"}</c> frames.</summary>
/// <remarks>On connect it replays from the watermark (or the start), which is how a greeting sent before the socket opened reaches the page.</remarks>
public static class DirectLineStream
{
    /// <summary>Handles the upgrade and runs the socket until either side closes.</summary>
    public static async Task<IResult> HandleAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store, IOptions<WebChatOptions> options)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "This is a WebSocket endpoint.");
        }

        var token = tokens.Validate(t, DirectLineTokenScope.Stream);
        if (token is null || token.ConversationId != conversationId || tokens.IsRevoked(conversationId))
        {
            return DirectLineJson.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL is invalid or expired; get a new one from GET /conversations/{id}.");
        }

        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineEndpoints.NotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var subscriber = new DirectLineSubscriber(options.Value.MaxPendingFramesPerSocket);
        conversation.Subscribe(subscriber, DirectLineEndpoints.ParseWatermark(watermark));
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        try
        {
            var receiving = ReceiveAsync(socket, conversation, closing.Token);
            await SendAsync(socket, subscriber, closing.Token, receiving);
            await closing.CancelAsync();
            await receiving;
        }
        finally
        {
            conversation.Unsubscribe(subscriber);
        }

        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, DirectLineSubscriber subscriber, CancellationToken cancellationToken, Task receiving)
    {
        try
        {
            while (true)
            {
                var waiting = subscriber.Frames.WaitToReadAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(waiting, receiving) == receiving || !await waiting)
                {
                    break;
                }

                while (subscriber.Frames.TryRead(out var frame))
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var (status, reason) = subscriber.Overflowed
                    ? (WebSocketCloseStatus.PolicyViolation, "client too slow; reconnect with your watermark")
                    : (WebSocketCloseStatus.NormalClosure, "closed");
                await socket.CloseOutputAsync(status, reason, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }

    private static async Task ReceiveAsync(WebSocket socket, DirectLineConversation conversation, CancellationToken cancellationToken)
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

                conversation.Touch();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }
}
