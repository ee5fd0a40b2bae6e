using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Privacy;

/// <summary>What a visitor writes before consenting reaches no store: the SQLite files (free pages and WAL included) never hold it.</summary>
public sealed class PreConsentFileScanTests : IDisposable
{
    private const string Name = "Wilhelmine Quast";
    private const string Email = "wilhelmine.quast@example.org";
    private const string PhoneDigits = "9876543";

    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task A_visitor_who_gives_name_email_and_phone_and_then_says_no_leaves_no_byte_of_them()
    {
        await using var bot = Bot();
        var chat = bot.Chat(userId: "visitor-1");
        await chat.SayAsync($"Hallo, ich bin {Name}, {Email}, Telefon 0171 {PhoneDigits}");
        await chat.SayAsync($"Ich heiße {Name} und Sie erreichen mich unter 0171 {PhoneDigits} oder {Email}");
        Assert.Contains(bot.German.Declined[..20], Assert.Single(await chat.SayAsync("nein")));
        await chat.SayAsync($"Meine E-Mail ist übrigens {Email}");

        Assert.Contains(bot.German.MyDataNone, (await chat.SayAsync("meine Daten"))[0]);
        Assert.Empty(await bot.AllProfilesAsync());
        AssertStateWrittenButNothingOfTheVisitor(chat.ConversationId);
    }

    [Fact]
    public async Task A_visitor_who_gives_their_details_and_leaves_without_answering_leaves_no_byte_of_them()
    {
        await using var bot = Bot();
        var chat = bot.Chat(userId: "visitor-2");
        Assert.Equal(2, (await chat.SayAsync($"Guten Tag, {Name} hier. Rufen Sie mich an: 0171 {PhoneDigits}, oder schreiben Sie an {Email}")).Count);
        await chat.SayAsync($"Ich bin {Name}");

        // The visitor closes the tab: no answer to the consent question ever comes.
        Assert.Contains(bot.German.MyDataNone, (await chat.SayAsync("Was wissen Sie über mich?"))[0]);
        AssertStateWrittenButNothingOfTheVisitor(chat.ConversationId);
    }

    [Fact]
    public async Task What_the_consenting_message_itself_says_is_kept_and_nothing_from_before()
    {
        await using var bot = Bot();
        var chat = bot.Chat(userId: "visitor-3");
        await chat.SayAsync($"Hallo, hier ist {Name}, Telefon 0171 {PhoneDigits}");
        await chat.SayAsync($"Ja, gern. Meine E-Mail: {Email}");

        var profile = Assert.Single(await bot.AllProfilesAsync());
        Assert.Equal(Email, profile.Email);
        Assert.Null(profile.Name);
        Assert.Null(profile.Phone);
        Assert.DoesNotContain(profile.Entries, e => e.Text.Contains(PhoneDigits, StringComparison.Ordinal));
        Assert.Equal(0, DatabaseFileScan.Count(_file.FilePath, PhoneDigits));
        DatabaseFileScan.AssertNoneOf(_file.FilePath, "Quast", "hier ist");
    }

    public void Dispose() => _file.Dispose();

    private BotHarness Bot() => new(settings: new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:PartnerBot"] = $"Data Source={_file.FilePath}",
    });

    private void AssertStateWrittenButNothingOfTheVisitor(string conversationId)
    {
        // The conversation's state is in the file (so the scan reads the right bytes), and nothing the visitor wrote is.
        Assert.True(DatabaseFileScan.Count(_file.FilePath, conversationId) > 0, "the conversation state was written");
        DatabaseFileScan.AssertNoneOf(_file.FilePath, Email, "Quast", PhoneDigits, "Wilhelmine");
    }
}
