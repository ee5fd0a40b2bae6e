using PartnerBot.Owner.Access;
using PartnerBot.Owner.Staff;
using PartnerBot.Storage;
using PartnerBot.Storage.Postgres;
using PartnerBot.Storage.Sqlite;
using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.Owner.Handoff;

/// <summary>The live handoff in a real Chromium on real server processes: a customer in Web Chat asks for a person, a staff member
/// sees it appear in the queue without a reload, takes over, three lines go each way, hands back, and the bot goes on with the
/// interview; on one instance (SQLite) and across two instances sharing PostgreSQL (customer on one, staff member on the other).</summary>
public sealed class LiveHandoffBrowserTests(PostgresTestDatabase postgres) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private const string StaffPassword = "Schulz-Sonne-2026";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("partnerbot-live-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_one_instance_a_staff_member_takes_over_writes_with_the_customer_and_hands_back_to_the_bot()
    {
        var settings = Settings("Sqlite", $"Data Source={Path.Combine(_data.FullName, "data", "partnerbot.db")}");
        await using var bot = await BotProcess.StartAsync(settings);
        using (var database = new SqliteDatabase(new SqliteStorageOptions { ConnectionString = settings["ConnectionStrings__PartnerBot"] }))
        {
            await AddSchulzAsync(new SqliteConnections(database));
        }

        await RunAsync(Url(bot), Url(bot), screenshot: "owner-live.png");
    }

    [Fact]
    public async Task With_the_customer_on_one_instance_and_the_staff_member_on_another_every_line_arrives_live()
    {
        var connection = await postgres.ConnectionStringAsync();
        var settings = Settings("Postgres", connection);
        var startA = BotProcess.StartAsync(settings);
        var startB = BotProcess.StartAsync(settings);
        await using var a = await startA;
        await using var b = await startB;
        using (var database = new PostgresDatabase(new PostgresStorageOptions { ConnectionString = connection }))
        {
            await AddSchulzAsync(new PostgresConnections(database));
        }

        await RunAsync(Url(a), Url(b), screenshot: null);
    }

    private static async Task RunAsync(string customerUrl, string staffUrl, string? screenshot)
    {
        await using var live = await LiveBrowser.StartAsync();
        try
        {
            await live.StaffSignsInAsync(staffUrl, "schulz", StaffPassword);
            await live.Customer.GotoAsync(customerUrl + "/");
            await live.WaitForCustomerAsync(1);
            await live.CustomerSaysAsync("ja");
            await live.CustomerSaysAsync("Anna Schmidt");
            Assert.Contains("Ich gebe Bescheid", string.Join(" ", await live.CustomerSaysAsync("Ich möchte bitte mit einem Menschen sprechen")));

            // The queue shows Anna without a reload.
            var waiting = live.Staff.Locator("#live-list li[data-status='waiting'] a");
            await waiting.WaitForAsync();
            Assert.Equal("Anna Schmidt", await waiting.InnerTextAsync());
            await waiting.ClickAsync();
            await live.Staff.WaitForSelectorAsync("#live-chat[data-live='connected']");
            var seen = (await live.CustomerSeesAsync()).Count;
            await live.Staff.ClickAsync("#live-takeover button");
            await live.WaitForCustomerAsync(seen + 1);
            Assert.Equal("Frau Schulz von Bäckerei Sonne ist jetzt für Sie da.", (await live.CustomerSeesAsync())[seen]);
            await live.Staff.WaitForSelectorAsync("#live-send:not([hidden])");

            string[] fromCustomer = ["Hallo Frau Schulz!", "Haben Sie samstags offen?", "Dann komme ich vorbei."];
            string[] fromStaff = ["Guten Tag, Frau Schmidt!", "Ja, samstags von 8 bis 12 Uhr.", "Wir freuen uns auf Sie."];
            for (var i = 0; i < 3; i++)
            {
                await live.CustomerSendsAsync(fromCustomer[i]);
                await live.Staff.WaitForFunctionAsync(
                    "text => [...document.querySelectorAll('#live-lines li.customer .text')].some(l => l.textContent === text)", fromCustomer[i]);

                var before = (await live.CustomerSeesAsync()).Count;
                await live.Staff.FillAsync("#live-send textarea", fromStaff[i]);
                await live.Staff.PressAsync("#live-send textarea", "Enter");
                await live.WaitForCustomerAsync(before + 1);
                Assert.Equal(fromStaff[i], (await live.CustomerSeesAsync())[before]);
            }

            // The bot said nothing while Frau Schulz had the chat: only the join, her three lines.
            Assert.Equal(seen + 4, (await live.CustomerSeesAsync()).Count);
            await live.Staff.WaitForFunctionAsync("() => document.querySelectorAll('#live-lines li').length >= 6");
            if (screenshot is not null)
            {
                await live.ScreenshotStaffAsync(screenshot);
            }

            var beforeBack = (await live.CustomerSeesAsync()).Count;
            await live.Staff.ClickAsync("#live-handback button");
            await live.WaitForCustomerAsync(beforeBack + 1);
            Assert.StartsWith("Ich bin wieder für Sie da", (await live.CustomerSeesAsync())[beforeBack], StringComparison.Ordinal);
            await live.Staff.WaitForSelectorAsync("#live-queue[data-live='connected']");

            var next = await live.CustomerSaysAsync("eine neue Website für meine Bäckerei");
            Assert.DoesNotContain(next, text => text.Contains("Ich gebe Bescheid", StringComparison.Ordinal) || text.StartsWith("Ich bin wieder", StringComparison.Ordinal));
            Assert.Contains("?", string.Join(" ", next), StringComparison.Ordinal);
        }
        catch (Exception exception) when (live.ConsoleLog.Length > 0)
        {
            throw new InvalidOperationException($"Staff page at {live.Staff.Url}; browser console:{Environment.NewLine}{live.ConsoleLog}", exception);
        }
    }

    private Dictionary<string, string> Settings(string provider, string connection)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = provider,
            ["ConnectionStrings__PartnerBot"] = connection,
            ["Bot__BusinessName"] = "Bäckerei Sonne",
            ["Owner__Password"] = "Sonnen-Schein-2026",
            ["Owner__GeneratedPasswordFile"] = Path.Combine(_data.FullName, "owner-password.txt"),
        };
        foreach (var day in Enum.GetNames<DayOfWeek>())
        {
            settings[$"Owner__OpeningHours__{day}"] = "00:00-23:59";
        }

        return settings;
    }

    private static string Url(BotProcess bot) => $"http://127.0.0.1:{bot.Port}";

    private static async Task AddSchulzAsync(SqlConnections connections) =>
        Assert.True(await new SqlStaffStore(connections).AddAsync(new StaffMember
        {
            Id = Guid.NewGuid().ToString("N"), UserName = "schulz", DisplayName = "Anna Schulz", FirstName = "Frau Schulz",
            PasswordHash = PasswordHash.Create(StaffPassword), Stamp = Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow,
        }, Cancel));

    public void Dispose()
    {
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
