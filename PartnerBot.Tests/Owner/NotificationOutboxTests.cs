using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.Owner;
using PartnerBot.Owner.Notifications;
using PartnerBot.Owner.Wording;
using PartnerBot.Profiles;
using PartnerBot.Storage.Memory;

namespace PartnerBot.Tests.Owner;

public class NotificationOutboxTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryProfileStore _profiles = new();
    private readonly MemoryStorage _storage = new();
    private readonly FakeWebhook _webhook = new();

    [Fact]
    public async Task A_webhook_that_is_down_gets_the_notification_after_backoff_once_it_recovers()
    {
        var profile = await _profiles.AddAsync("Tina Torte", "Geburtstagstorte", _time.GetUtcNow(), email: "tina@example.com", phone: "+49301234");
        var outbox = Outbox(_storage);
        _webhook.Answer = HttpStatusCode.ServiceUnavailable;

        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, _webhook.Count);
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, _webhook.Count); // not due yet: the backoff holds

        _time.Advance(NotificationOutbox.Backoff(1));
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(2, _webhook.Count);

        // Down for an hour: the backoff keeps trying, never gives up that soon.
        for (var i = 0; i < 8; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(8));
            await outbox.RunOnceAsync(CancellationToken.None);
        }

        var attemptsWhileDown = _webhook.Count;
        Assert.InRange(attemptsWhileDown, 4, 10);
        _webhook.Answer = HttpStatusCode.OK;
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(attemptsWhileDown + 1, _webhook.Count);

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(attemptsWhileDown + 1, _webhook.Count);

        var body = _webhook.Bodies.Last();
        Assert.Equal(profile.Id, body.GetProperty("profileId").GetString());
        Assert.Contains("Tina Torte", body.GetProperty("text").GetString());
        Assert.DoesNotContain("tina@example.com", body.GetRawText());
        Assert.DoesNotContain("+49301234", body.GetRawText());
        var item = (await _storage.ReadAsync<OutboxItem>([OutboxItem.KeyFor(profile.Id)], CancellationToken.None))[OutboxItem.KeyFor(profile.Id)];
        Assert.Equal(OutboxItem.Sent, item.State);
    }

    [Fact]
    public async Task Two_instances_on_one_store_send_each_notification_exactly_once()
    {
        for (var i = 0; i < 10; i++)
        {
            await _profiles.AddAsync($"Kunde {i}", "Brot", _time.GetUtcNow());
        }

        // Both workers read in lockstep, so each sees every item free at the same moment and both try to claim it.
        var shared = new LockstepStorage(_storage, participants: 2);
        var first = Outbox(shared);
        var second = Outbox(shared);
        var results = await Task.WhenAll(Task.Run(() => first.RunOnceAsync(CancellationToken.None)), Task.Run(() => second.RunOnceAsync(CancellationToken.None)));

        Assert.Equal(10, results.Sum());
        Assert.Equal(10, _webhook.Count);
        Assert.Equal(10, _webhook.Bodies.Select(b => b.GetProperty("profileId").GetString()).Distinct().Count());

        _time.Advance(TimeSpan.FromHours(1));
        await Task.WhenAll(first.RunOnceAsync(CancellationToken.None), second.RunOnceAsync(CancellationToken.None));
        Assert.Equal(10, _webhook.Count);
    }

    [Fact]
    public async Task Only_completed_profiles_are_notified_and_an_erased_one_is_dropped()
    {
        await _profiles.AddAsync("Uwe Unfertig", "Kekse", _time.GetUtcNow(), status: ProfileStatus.InProgress);
        var erased = await _profiles.AddAsync("Vera Weg", "Kuchen", _time.GetUtcNow());
        var outbox = Outbox(_storage);
        _webhook.Answer = HttpStatusCode.InternalServerError;
        await outbox.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, _webhook.Count);

        await _profiles.DeleteAsync(erased.Id, CancellationToken.None);
        _webhook.Answer = HttpStatusCode.OK;
        _time.Advance(TimeSpan.FromHours(1));
        await outbox.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, _webhook.Count);
    }

    [Fact]
    public async Task An_instance_that_died_while_sending_is_taken_over_after_its_lease()
    {
        var profile = await _profiles.AddAsync("Willi Lease", "Brot", _time.GetUtcNow());
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [OutboxItem.KeyFor(profile.Id)] = new OutboxItem
            {
                ProfileId = profile.Id, State = OutboxItem.Sending, Attempts = 1, LeaseUntil = _time.GetUtcNow() + NotificationOutbox.Lease, ETag = "*",
            },
        }, CancellationToken.None);
        var outbox = Outbox(_storage);
        await outbox.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, _webhook.Count);

        _time.Advance(NotificationOutbox.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, _webhook.Count);
    }

    [Fact]
    public async Task A_call_back_wish_is_notified_before_the_interview_is_done_and_a_later_complaint_again()
    {
        var profile = await _profiles.AddAsync("Anna Schmidt", "Website", _time.GetUtcNow(), status: ProfileStatus.InProgress, phone: "+491712345678");
        profile.Requests.Add(new ProfileRequest(RequestKind.Question, "Machen Sie auch Hausbesuche?", _time.GetUtcNow()));
        await _profiles.SaveAsync(profile, [], CancellationToken.None);
        var outbox = Outbox(_storage);
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None)); // a question waits for the profile

        profile.Requests.Add(new ProfileRequest(RequestKind.Callback, "0171 2345678, morgen Vormittag", _time.GetUtcNow()));
        await _profiles.SaveAsync(profile, [], CancellationToken.None);
        Assert.Equal(1, await outbox.RunOnceAsync(CancellationToken.None));
        var text = _webhook.Bodies.Last().GetProperty("text").GetString();
        Assert.Contains("Rückruf gewünscht – Anna Schmidt", text);
        Assert.DoesNotContain("2345678", _webhook.Bodies.Last().GetRawText());

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await outbox.RunOnceAsync(CancellationToken.None));
        profile.Requests.Add(new ProfileRequest(RequestKind.Complaint, "Die Torte war zerdrückt!", _time.GetUtcNow()));
        await _profiles.SaveAsync(profile, [], CancellationToken.None);
        Assert.Equal(1, await outbox.RunOnceAsync(CancellationToken.None));
        Assert.Contains("Beschwerde", _webhook.Bodies.Last().GetProperty("text").GetString());
        Assert.Equal(2, _webhook.Count);
    }

    [Fact]
    public void The_backoff_doubles_up_to_half_an_hour()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), NotificationOutbox.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(1), NotificationOutbox.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(16), NotificationOutbox.Backoff(6));
        Assert.Equal(TimeSpan.FromMinutes(30), NotificationOutbox.Backoff(7));
        Assert.Equal(TimeSpan.FromMinutes(30), NotificationOutbox.Backoff(39));
    }

    private NotificationOutbox Outbox(IStorage storage)
    {
        var options = new StaticOptions(new OwnerOptions { NotifyWebhookUrl = "http://hooks.test/partnerbot", DashboardUrl = "https://bot.example" });
        var channel = new WebhookChannel(_webhook, options, _time);
        return new NotificationOutbox(storage, _profiles, [channel], new OwnerWordingCatalog(), new PartnerBot.Interview.Questions.Questionnaire(PartnerBot.Interview.Questions.InterviewQuestions.Create()), options, _time, NullLogger<NotificationOutbox>.Instance);
    }

    private sealed class StaticOptions(OwnerOptions value) : IOptionsMonitor<OwnerOptions>
    {
        public OwnerOptions CurrentValue => value;
        public OwnerOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<OwnerOptions, string?> listener) => null;
    }

    /// <summary>A webhook receiver that answers with <see cref="Answer"/> and records every POST.</summary>
    private sealed class FakeWebhook : HttpMessageHandler, IHttpClientFactory
    {
        private readonly ConcurrentQueue<JsonElement> _bodies = new();

        public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;
        public int Count => _bodies.Count;
        public IEnumerable<JsonElement> Bodies => _bodies;

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            _bodies.Enqueue(JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken)).RootElement.Clone());
            return new HttpResponseMessage(Answer);
        }
    }
}
