using System.Text.Json;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Owner.Handoff;

/// <summary><c>GET /owner/live/events</c>: the live dashboard's Server-Sent Events, for signed-in staff and the owner only, scoped to
/// the queue and (with <c>?c=</c>) one chat the reader may open: a waiting one, one they hold, or for the owner any.</summary>
/// <remarks>The first event is the queue as it is (also after a reconnect), then each change as it happens; a comment every
/// <see cref="KeepAlive"/> keeps proxies from closing the stream and marks the reader present for <see cref="HandoffDesk.CanCallNowAsync"/>.</remarks>
public static class HandoffEventStream
{
    /// <summary>How often an idle stream sends a comment (and renews the reader's presence).</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    /// <summary>How long a reader counts as present after the stream's last sign of life.</summary>
    public static readonly TimeSpan Presence = TimeSpan.FromSeconds(60);

    /// <summary>Streams the events until the reader leaves.</summary>
    public static async Task<IResult> StreamAsync(HttpContext http, HandoffHub hub, IHandoffStore store, TimeProvider time, string? c)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var viewer = StaffClaims.StaffId(http.User) ?? HandoffChat.OwnerHolder;
        if (c is not null)
        {
            if (await store.GetAsync(c, cancellationToken) is not { } chat)
            {
                return Results.NotFound();
            }

            var mayWatch = viewer == HandoffChat.OwnerHolder || chat.Status == HandoffStatus.Waiting || chat.HolderId == viewer;
            if (!mayWatch)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }

        using var subscriber = hub.Subscribe(viewer, c);
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        await store.TouchPresenceAsync(viewer, time.GetUtcNow() + Presence, cancellationToken);
        try
        {
            var queue = (await store.OpenAsync(cancellationToken)).Select(HandoffView.Of).ToList();
            await WriteAsync(response, "snapshot", JsonSerializer.Serialize(queue, PostgresHandoffBus.Json), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                using var idle = new CancellationTokenSource(KeepAlive, time);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, cancellationToken);
                try
                {
                    await subscriber.Events.Reader.WaitToReadAsync(either.Token);
                    while (subscriber.Events.Reader.TryRead(out var handoffEvent))
                    {
                        await WriteAsync(response, handoffEvent.Kind, JsonSerializer.Serialize(handoffEvent, PostgresHandoffBus.Json), cancellationToken);
                        if (TakenByAnother(handoffEvent, c, viewer))
                        {
                            // Another staff member took the chat this reader had open: its lines are no longer theirs to see.
                            return Results.Empty;
                        }
                    }
                }
                catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    await response.WriteAsync(": still here\n\n", cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    await store.TouchPresenceAsync(viewer, time.GetUtcNow() + Presence, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reader left.
        }
        finally
        {
            subscriber.Dispose();
            if (!hub.IsWatching(viewer))
            {
                await store.TouchPresenceAsync(viewer, time.GetUtcNow(), CancellationToken.None);
            }
        }

        return Results.Empty;
    }

    private static bool TakenByAnother(HandoffEvent handoffEvent, string? watched, string viewer) =>
        watched is not null && viewer != HandoffChat.OwnerHolder && handoffEvent is { Kind: HandoffEvent.Queue, Chat: { } chat }
        && chat.Id == watched && chat.Status == "held" && chat.HolderId != viewer;

    private static async Task WriteAsync(HttpResponse response, string kind, string json, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {kind}\ndata: {json}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
