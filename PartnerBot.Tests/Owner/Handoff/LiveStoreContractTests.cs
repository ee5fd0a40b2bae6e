using PartnerBot.Owner.Handoff;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>What every store of staff and handoffs must do, run against memory, SQLite and PostgreSQL: one holder at a time above all.</summary>
public abstract class LiveStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract Task<IHandoffStore> HandoffsAsync();

    protected abstract Task<IStaffStore> StaffAsync();

    [Fact]
    public async Task Of_many_staff_members_taking_over_the_same_waiting_chat_at_once_exactly_one_holds_it()
    {
        var store = await HandoffsAsync();
        var waiting = await store.RequestAsync(Waiting("c1"), Cancel);
        var attempts = Enumerable.Range(0, 8)
            .Select(i => store.ChangeAsync(waiting with { Status = HandoffStatus.Held, HolderId = $"s{i}", HolderName = $"Person {i}" }, Now, Cancel));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        var held = await store.GetAsync(waiting.Id, Cancel);
        Assert.Equal(HandoffStatus.Held, held!.Status);
        Assert.Equal($"s{Array.IndexOf(results, true)}", held.HolderId);
        Assert.Equal(waiting.Version + 1, held.Version);
    }

    [Fact]
    public async Task A_second_request_leaves_an_open_chat_as_it_is_and_a_closed_one_waits_again()
    {
        var store = await HandoffsAsync();
        var first = await store.RequestAsync(Waiting("c2"), Cancel);
        Assert.True(await store.ChangeAsync(first with { Status = HandoffStatus.Held, HolderId = "s1", HolderName = "Frau Schulz" }, Now, Cancel));

        var again = await store.RequestAsync(Waiting("c2") with { RequestedAt = Now.AddMinutes(1) }, Cancel);
        Assert.Equal(HandoffStatus.Held, again.Status);
        Assert.Equal("s1", again.HolderId);
        Assert.Equal(first.Id, again.Id);

        Assert.True(await store.ChangeAsync(again with { Status = HandoffStatus.Bot, HolderId = null, HolderName = null }, Now, Cancel));
        var reopened = await store.RequestAsync(Waiting("c2") with { RequestedAt = Now.AddMinutes(2) }, Cancel);
        Assert.Equal(HandoffStatus.Waiting, reopened.Status);
        Assert.Null(reopened.HolderId);
        Assert.Equal(first.Id, reopened.Id);
        Assert.Equal(Now.AddMinutes(2).ToUnixTimeMilliseconds(), reopened.RequestedAt.ToUnixTimeMilliseconds());
        Assert.Equal([reopened.Id], (await store.OpenAsync(Cancel)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_change_decided_on_an_old_version_is_refused_and_erasure_removes_the_chat()
    {
        var store = await HandoffsAsync();
        var waiting = await store.RequestAsync(Waiting("c3"), Cancel);
        Assert.True(await store.ChangeAsync(waiting with { Status = HandoffStatus.Bot }, Now, Cancel));
        Assert.False(await store.ChangeAsync(waiting with { Status = HandoffStatus.Held, HolderId = "late" }, Now, Cancel));
        Assert.Equal(HandoffStatus.Bot, (await store.FindAsync("website", "c3", Cancel))!.Status);

        await store.RemoveAsync([("website", "c3")], Cancel);
        Assert.Null(await store.FindAsync("website", "c3", Cancel));
        Assert.Null(await store.GetAsync(waiting.Id, Cancel));
    }

    [Fact]
    public async Task Someone_is_present_only_until_their_presence_runs_out()
    {
        var store = await HandoffsAsync();
        Assert.False(await store.AnyonePresentAsync(Now, Cancel));
        await store.TouchPresenceAsync("s1", Now.AddSeconds(60), Cancel);
        Assert.True(await store.AnyonePresentAsync(Now.AddSeconds(59), Cancel));
        Assert.False(await store.AnyonePresentAsync(Now.AddSeconds(61), Cancel));
        await store.TouchPresenceAsync("s1", Now, Cancel);
        Assert.False(await store.AnyonePresentAsync(Now.AddSeconds(1), Cancel));
    }

    [Fact]
    public async Task Staff_are_found_by_user_name_without_case_and_by_entra_id_or_email_and_names_are_unique()
    {
        var staff = await StaffAsync();
        Assert.True(await staff.AddAsync(Member("m1", "anna", "anna@example.com", "oid-1"), Cancel));
        Assert.False(await staff.AddAsync(Member("m2", " ANNA ", null, null), Cancel));
        Assert.True(await staff.AddAsync(Member("m3", "bernd", "Bernd@Example.com", null), Cancel));

        Assert.Equal("m1", (await staff.FindByUserNameAsync("Anna", Cancel))?.Id);
        Assert.Equal("m1", (await staff.FindByEntraAsync("oid-1", "other@example.com", Cancel))?.Id);
        Assert.Equal("m3", (await staff.FindByEntraAsync("oid-unknown", "bernd@example.COM", Cancel))?.Id);
        Assert.Null(await staff.FindByEntraAsync(null, "nobody@example.com", Cancel));
        Assert.Equal(["m1", "m3"], (await staff.ListAsync(Cancel)).Select(m => m.Id));

        Assert.True(await staff.RemoveAsync("m1", Cancel));
        Assert.False(await staff.RemoveAsync("m1", Cancel));
        Assert.Null(await staff.FindByUserNameAsync("anna", Cancel));
    }

    [Fact]
    public async Task Failed_sign_ins_are_counted_and_locked_until_a_success_resets_them()
    {
        var staff = await StaffAsync();
        await staff.AddAsync(Member("m1", "anna", null, null), Cancel);
        Assert.Equal(1, await staff.FailAsync("m1", _ => null, Cancel));
        Assert.Equal(2, await staff.FailAsync("m1", n => Now.AddMinutes(n), Cancel));
        var locked = await staff.FindAsync("m1", Cancel);
        Assert.Equal(2, locked!.Failures);
        Assert.Equal(Now.AddMinutes(2).ToUnixTimeMilliseconds(), locked.LockedUntil?.ToUnixTimeMilliseconds());

        await staff.ResetFailuresAsync("m1", Cancel);
        var reset = await staff.FindAsync("m1", Cancel);
        Assert.Equal(0, reset!.Failures);
        Assert.Null(reset.LockedUntil);
        Assert.Equal(0, await staff.FailAsync("nobody", _ => null, Cancel));
    }

    private static HandoffChat Waiting(string conversation) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "website",
        ConversationId = conversation,
        Status = HandoffStatus.Waiting,
        Locale = "de-DE",
        Reference = "{}",
        CustomerName = "Anna",
        RequestedAt = Now,
    };

    private static StaffMember Member(string id, string user, string? email, string? oid) => new()
    {
        Id = id, UserName = user, DisplayName = "Name " + id, FirstName = "Frau " + id, Email = email, EntraObjectId = oid, PasswordHash = "x", Stamp = "s-" + id,
        CreatedAt = Now,
    };
}
