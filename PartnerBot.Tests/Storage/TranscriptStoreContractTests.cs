using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Storage;

namespace PartnerBot.Tests.Storage;

/// <summary>The Bot Framework transcript contract as the SDK's MemoryTranscriptStore keeps it; every transcript store runs it.</summary>
public abstract class TranscriptStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store.</summary>
    protected abstract Task<ITranscriptStore> CreateStoreAsync();

    [Fact]
    public async Task Logged_activities_come_back_in_order()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("webchat", "c1", 1, "Hallo"));
        await store.LogActivityAsync(Message("webchat", "c1", 0, "Guten Tag"));
        await store.LogActivityAsync(Message("webchat", "c2", 2, "other conversation"));

        var page = await store.GetTranscriptActivitiesAsync("webchat", "c1");

        Assert.Equal(["Guten Tag", "Hallo"], page.Items.Select(a => ((Activity)a).Text));
        Assert.Equal("user-1", page.Items[0].From.Id);
        Assert.Equal(T0, page.Items[0].Timestamp);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Long_transcripts_are_paged_with_a_continuation_token()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 45; i++)
        {
            await store.LogActivityAsync(Message("webchat", "c1", i, $"m{i}"));
        }

        var pages = new List<IActivity[]>();
        string? token = null;
        do
        {
            var page = await store.GetTranscriptActivitiesAsync("webchat", "c1", token);
            pages.Add(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && pages.Count < 10);

        Assert.Equal([20, 20, 5], pages.Select(p => p.Length));
        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"m{i}"), pages.SelectMany(p => p).Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task A_full_last_page_still_carries_a_continuation_token()
    {
        // The SDK's contract: a page as long as the page size always offers a next one, which may be empty.
        var store = await CreateStoreAsync();
        for (var i = 0; i < 40; i++)
        {
            await store.LogActivityAsync(Message("webchat", "c1", i, $"m{i}"));
        }

        var first = await store.GetTranscriptActivitiesAsync("webchat", "c1");
        var second = await store.GetTranscriptActivitiesAsync("webchat", "c1", first.ContinuationToken);
        var third = await store.GetTranscriptActivitiesAsync("webchat", "c1", second.ContinuationToken);

        Assert.Equal(20, first.Items.Length);
        Assert.Equal(20, second.Items.Length);
        Assert.False(string.IsNullOrEmpty(second.ContinuationToken));
        Assert.Empty(third.Items ?? []);
        Assert.Null(third.ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"m{i}"), first.Items.Concat(second.Items).Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task A_message_update_replaces_the_original_in_place()
    {
        var store = await CreateStoreAsync();
        var original = Message("webchat", "c1", 0, "Bis Ostern");
        await store.LogActivityAsync(original);
        await store.LogActivityAsync(Message("webchat", "c1", 1, "Danke"));

        var update = Message("webchat", "c1", 30, "Bis Pfingsten");
        update.Id = original.Id;
        update.Type = ActivityTypes.MessageUpdate;
        await store.LogActivityAsync(update);

        var page = await store.GetTranscriptActivitiesAsync("webchat", "c1");
        Assert.Equal(["Bis Pfingsten", "Danke"], page.Items.Select(a => ((Activity)a).Text));
        Assert.Equal(ActivityTypes.Message, page.Items[0].Type);
        Assert.Equal(original.Id, page.Items[0].Id);
        Assert.Equal(T0, page.Items[0].Timestamp);
    }

    [Fact]
    public async Task A_message_delete_leaves_a_tombstone_without_the_content()
    {
        var store = await CreateStoreAsync();
        var original = Message("webchat", "c1", 0, "anna@example.com");
        original.ReplyToId = "before";
        original.Locale = "de-DE";
        original.ServiceUrl = "https://channel.example/";
        original.From.Role = RoleTypes.User;
        await store.LogActivityAsync(original);
        await store.LogActivityAsync(Message("webchat", "c1", 1, "Danke"));

        await store.LogActivityAsync(new Activity
        {
            Type = ActivityTypes.MessageDelete,
            Id = original.Id,
            ChannelId = "webchat",
            Conversation = new ConversationAccount(id: "c1"),
            From = original.From,
            Recipient = original.Recipient,
            Timestamp = T0.AddMinutes(5),
        });

        var page = await store.GetTranscriptActivitiesAsync("webchat", "c1");
        Assert.Equal(2, page.Items.Length);
        var tombstone = (Activity)page.Items[0];
        Assert.Equal(ActivityTypes.MessageDelete, tombstone.Type);
        Assert.Equal(original.Id, tombstone.Id);
        Assert.Null(tombstone.Text);
        Assert.Equal("deleted", tombstone.From.Id);
        Assert.Equal(RoleTypes.User, tombstone.From.Role);
        Assert.Equal("deleted", tombstone.Recipient.Id);
        Assert.Null(tombstone.From.Name);
        Assert.Equal(T0, tombstone.Timestamp);
        Assert.Equal("before", tombstone.ReplyToId);
        Assert.Equal("de-DE", tombstone.Locale);
        Assert.Equal("c1", tombstone.Conversation.Id);
        Assert.Equal("Danke", ((Activity)page.Items[1]).Text);
    }

    [Fact]
    public async Task An_update_or_delete_of_an_unknown_activity_stores_no_extra_copy_of_a_deletion()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("webchat", "c1", 0, "m0"));
        var delete = Message("webchat", "c1", 1, "");
        delete.Type = ActivityTypes.MessageDelete;
        delete.Text = null;
        await store.LogActivityAsync(delete);

        var page = await store.GetTranscriptActivitiesAsync("webchat", "c1");

        Assert.Equal(["m0"], page.Items.Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task A_full_last_page_of_transcripts_still_carries_a_continuation_token()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 20; i++)
        {
            await store.LogActivityAsync(Message("webchat", $"c{i:00}", i, "x"));
        }

        var first = await store.ListTranscriptsAsync("webchat");
        var second = await store.ListTranscriptsAsync("webchat", first.ContinuationToken);

        Assert.Equal(20, first.Items.Length);
        Assert.False(string.IsNullOrEmpty(first.ContinuationToken));
        Assert.Empty(second.Items ?? []);
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task A_start_date_leaves_out_older_activities()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.LogActivityAsync(Message("webchat", "c1", i, $"m{i}"));
        }

        var page = await store.GetTranscriptActivitiesAsync("webchat", "c1", null, T0.AddSeconds(3));

        Assert.Equal(["m3", "m4"], page.Items.Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task An_unknown_conversation_has_an_empty_transcript()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("webchat", "c1", 0, "m0"));

        var page = await store.GetTranscriptActivitiesAsync("webchat", "unknown");

        Assert.Empty(page.Items ?? []);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Transcripts_are_listed_per_channel_oldest_first()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("webchat", "late", 5, "x"));
        await store.LogActivityAsync(Message("webchat", "early", 1, "x"));
        await store.LogActivityAsync(Message("webchat", "early", 9, "x"));
        await store.LogActivityAsync(Message("msteams", "elsewhere", 0, "x"));

        var page = await store.ListTranscriptsAsync("webchat");

        Assert.Equal([("early", T0.AddSeconds(1)), ("late", T0.AddSeconds(5))], page.Items.Select(t => (t.Id, t.Created)));
        Assert.All(page.Items, t => Assert.Equal("webchat", t.ChannelId));
    }

    [Fact]
    public async Task Many_transcripts_are_listed_page_by_page()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 25; i++)
        {
            await store.LogActivityAsync(Message("webchat", $"c{i:00}", i, "x"));
        }

        var first = await store.ListTranscriptsAsync("webchat");
        var second = await store.ListTranscriptsAsync("webchat", first.ContinuationToken);

        Assert.Equal(20, first.Items.Length);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"c{i:00}"), first.Items.Concat(second.Items).Select(t => t.Id));
    }

    [Fact]
    public async Task Deleting_a_transcript_removes_only_that_conversation()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("webchat", "gone", 0, "x"));
        await store.LogActivityAsync(Message("webchat", "kept", 1, "y"));

        await store.DeleteTranscriptAsync("webchat", "gone");
        await store.DeleteTranscriptAsync("webchat", "never-existed");

        Assert.Empty((await store.GetTranscriptActivitiesAsync("webchat", "gone")).Items ?? []);
        Assert.Single((await store.GetTranscriptActivitiesAsync("webchat", "kept")).Items);
        Assert.Equal(["kept"], (await store.ListTranscriptsAsync("webchat")).Items.Select(t => t.Id));
    }

    [Fact]
    public async Task Missing_ids_are_rejected()
    {
        var store = await CreateStoreAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetTranscriptActivitiesAsync(null!, "c1"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetTranscriptActivitiesAsync("webchat", null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ListTranscriptsAsync(null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.DeleteTranscriptAsync("webchat", null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.LogActivityAsync(null!));
    }

    [Fact]
    public async Task The_logging_middleware_records_both_sides_of_a_turn()
    {
        var store = new FailureRecorder(await CreateStoreAsync());
        var adapter = new TestAdapter(TestAdapter.CreateConversation("logged"))
            .Use(new TranscriptLoggingMiddleware(store, TimeProvider.System, NullLogger<TranscriptLoggingMiddleware>.Instance));

        await adapter.ProcessActivityAsync(
            (Activity)adapter.MakeActivity("Hallo"),
            (turn, cancellationToken) =>
            {
                PartnerBot.Privacy.TranscriptConsent.Grant(turn);
                return turn.SendActivityAsync("Guten Tag!", cancellationToken: cancellationToken);
            },
            TestContext.Current.CancellationToken);

        var page = await store.GetTranscriptActivitiesAsync(adapter.Conversation.ChannelId, adapter.Conversation.Conversation.Id);
        Assert.Empty(store.Failures);
        Assert.Equal(["Hallo", "Guten Tag!"], page.Items.Select(a => ((Activity)a).Text));
        Assert.Equal(RoleTypes.User, page.Items[0].From.Role);
    }

    [Fact]
    public async Task A_turn_that_updates_and_deletes_its_replies_leaves_the_final_text_and_a_tombstone()
    {
        var store = await CreateStoreAsync();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("changed"))
            .Use(new TranscriptLoggingMiddleware(store, TimeProvider.System, NullLogger<TranscriptLoggingMiddleware>.Instance));

        await adapter.ProcessActivityAsync(
            (Activity)adapter.MakeActivity("Hallo"),
            async (turn, cancellationToken) =>
            {
                PartnerBot.Privacy.TranscriptConsent.Grant(turn);
                var draft = await turn.SendActivityAsync("Entwurf", cancellationToken: cancellationToken);
                var secret = await turn.SendActivityAsync("anna@example.com", cancellationToken: cancellationToken);
                var update = MessageFactory.Text("Guten Tag!");
                update.Id = draft.Id;
                await turn.UpdateActivityAsync(update, cancellationToken);
                await turn.DeleteActivityAsync(secret.Id, cancellationToken);
            },
            TestContext.Current.CancellationToken);

        var page = await store.GetTranscriptActivitiesAsync(adapter.Conversation.ChannelId, adapter.Conversation.Conversation.Id);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.MessageDelete], page.Items.Select(a => a.Type));
        Assert.Equal(["Hallo", "Guten Tag!", null], page.Items.Select(a => ((Activity)a).Text));
    }

    private sealed class FailureRecorder(ITranscriptStore inner) : ITranscriptStore
    {
        public List<string> Failures { get; } = [];

        public async Task LogActivityAsync(IActivity activity)
        {
            try
            {
                await inner.LogActivityAsync(activity);
            }
            catch (Exception e)
            {
                Failures.Add(e.ToString());
                throw;
            }
        }

        public Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default) =>
            inner.GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, startDate);

        public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null) => inner.ListTranscriptsAsync(channelId, continuationToken);

        public Task DeleteTranscriptAsync(string channelId, string conversationId) => inner.DeleteTranscriptAsync(channelId, conversationId);
    }

    private static Activity Message(string channelId, string conversationId, int second, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversationId}-{second}-{Guid.NewGuid():N}",
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user-1", "Anna"),
        Recipient = new ChannelAccount("bot"),
        Timestamp = T0.AddSeconds(second),
        Text = text,
    };
}
