using PartnerBot.Profiles;

namespace PartnerBot.Tests.Profiles;

public abstract partial class ProfileStoreContractTests
{
    [Fact]
    public async Task The_inbox_query_puts_urgent_wishes_first_and_leaves_out_profiles_without_answers()
    {
        var store = await CreateStoreAsync();
        var urgent = TestProfiles.Minimal("urgent-old", T0, wish: "Eine Website");
        urgent.Timeframe = new TimeframeValue("sofort, es ist dringend", null, null, Urgent: true);
        await store.SaveAsync(urgent, [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("plain-new", T0.AddHours(2), wish: "Ein Logo"), [], Ct);
        await store.SaveAsync(TestProfiles.Minimal("only-consent", T0.AddHours(3)), [], Ct);

        var inbox = await store.QueryAsync(new ProfileQuery { WithAnswersOnly = true, UrgentFirst = true }, Ct);
        var plain = await store.QueryAsync(new ProfileQuery(), Ct);

        Assert.Equal(["urgent-old", "plain-new"], inbox.Items.Select(p => p.Id));
        Assert.Equal(2, inbox.Total);
        Assert.Equal(["only-consent", "plain-new", "urgent-old"], plain.Items.Select(p => p.Id));
    }
}
