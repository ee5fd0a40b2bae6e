using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Tests.Owner.Staff;

/// <summary>Staff accounts: the owner adds and removes them (with antiforgery), staff sign in to the live dashboard only,
/// failures lock an account as they do the owner's, and the live event stream is for signed-in people only.</summary>
public sealed class StaffAccountTests
{
    private const string StaffPassword = "Schulz-Sonne-2026";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_owner_adds_a_staff_member_who_signs_in_to_the_live_queue_only_and_is_out_once_removed()
    {
        await using var app = new OwnerAppFactory();
        using var owner = await app.SignedInAsync();
        using (var refused = await owner.PostFormAsync("/owner/staff?handler=Add", Fields(), token: null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Empty(await app.Services.GetRequiredService<IStaffStore>().ListAsync(Cancel));
        await AddSchulzAsync(owner);
        var member = Assert.Single(await app.Services.GetRequiredService<IStaffStore>().ListAsync(Cancel));
        Assert.Equal(("Anna Schulz", "Frau Schulz", "schulz"), (member.DisplayName, member.FirstName, member.UserName));
        Assert.DoesNotContain(StaffPassword, member.PasswordHash, StringComparison.Ordinal);

        using var staff = app.CreateOwnerClient();
        using (var signedIn = await staff.SignInAsync("Schulz", StaffPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/owner/live", signedIn.Headers.Location?.OriginalString);
        }

        Assert.Contains("Wartet auf Sie", await staff.GetPageAsync("/owner/live"));
        foreach (var ownerOnly in new[] { "/owner", "/owner/staff", "/owner/overview", "/owner/export?format=csv" })
        {
            using var response = await staff.GetAsync(ownerOnly);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/owner/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        var token = await owner.TokenAsync("/owner/staff");
        using (var removed = await owner.PostFormAsync("/owner/staff?handler=Remove", new Dictionary<string, string> { ["Id"] = member.Id }, token))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        using var after = await staff.GetAsync("/owner/live");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Failed_staff_sign_ins_from_many_addresses_lock_the_account_briefly_and_a_wrong_name_looks_the_same()
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?> { ["Owner:SignIn:AccountFailures"] = "3" });
        using (var owner = await app.SignedInAsync())
        {
            await AddSchulzAsync(owner);
        }

        for (var i = 0; i < 3; i++)
        {
            using var guesser = app.CreateOwnerClient(peer: $"198.51.100.{i + 1}");
            using var failed = await guesser.SignInAsync("schulz", "falsch-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
            Assert.Contains("stimmt nicht", await failed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var unknown = app.CreateOwnerClient(peer: "198.51.100.50");
        using (var failed = await unknown.SignInAsync("niemand", StaffPassword))
        {
            Assert.Contains("stimmt nicht", await failed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var staff = app.CreateOwnerClient(peer: "203.0.113.7");
        using (var locked = await staff.SignInAsync("schulz", StaffPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
            Assert.Contains("Zu viele Fehlversuche", await locked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        app.Time.Advance(TimeSpan.FromSeconds(6));
        using var signedIn = await staff.SignInAsync("schulz", StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_live_event_stream_needs_a_sign_in_and_shows_a_staff_member_no_chat_held_by_another()
    {
        await using var app = new OwnerAppFactory();
        using var anonymous = app.CreateOwnerClient();
        using (var response = await anonymous.GetAsync("/owner/live/events"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using (var owner = await app.SignedInAsync())
        {
            await AddSchulzAsync(owner);
        }

        var store = app.Services.GetRequiredService<IHandoffStore>();
        var chat = await store.RequestAsync(new HandoffChat
        {
            Id = "c0ffee00c0ffee00c0ffee00c0ffee00", ChannelId = "website", ConversationId = "conv", Locale = "de-DE", Reference = "{}",
            RequestedAt = app.Time.GetUtcNow(), CustomerName = "Anna",
        }, Cancel);
        Assert.True(await store.ChangeAsync(chat with { Status = HandoffStatus.Held, HolderId = "someone-else", HolderName = "Herr Meier" }, app.Time.GetUtcNow(), Cancel));

        using var staff = app.CreateOwnerClient();
        (await staff.SignInAsync("schulz", StaffPassword)).Dispose();
        using (var other = await staff.GetAsync($"/owner/live/events?c={chat.Id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using (var page = await staff.GetAsync($"/owner/live/chat/{chat.Id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/owner/live/events");
        using var stream = await staff.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(Cancel));
        Assert.Equal("event: snapshot", await reader.ReadLineAsync(Cancel));
        var snapshot = await reader.ReadLineAsync(Cancel);
        Assert.Contains("\"holder\":\"Herr Meier\"", snapshot, StringComparison.Ordinal);
        Assert.True(await store.AnyonePresentAsync(app.Time.GetUtcNow(), Cancel));
    }

    private static Dictionary<string, string> Fields() => new()
    {
        ["DisplayName"] = "Anna Schulz", ["FirstName"] = "Frau Schulz", ["UserName"] = "schulz", ["Password"] = StaffPassword,
    };

    private static async Task AddSchulzAsync(OwnerClient owner)
    {
        var token = await owner.TokenAsync("/owner/staff");
        using var added = await owner.PostFormAsync("/owner/staff?handler=Add", Fields(), token);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
