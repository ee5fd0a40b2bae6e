using PartnerBot.Tests.Infrastructure;
using PartnerBot.Tests.Storage;

namespace PartnerBot.Tests.WebChat;

/// <summary>The website chat on real processes: its conversations survive a restart (SQLite) and span instances (PostgreSQL).</summary>
public sealed class DurableChatTests(PostgresTestDatabase postgres) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("partnerbot-durable-chat-");

    [Fact]
    public async Task A_visitor_reconnects_after_a_restart_sees_the_history_and_the_interview_goes_on()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["ConnectionStrings__PartnerBot"] = $"Data Source={Path.Combine(_data.FullName, "data", "partnerbot.db")}",
        };
        SocketCustomer anna;
        await using (var before = await BotProcess.StartAsync(settings))
        {
            using var http = before.CreateClient();
            anna = await SocketCustomer.StartAsync(http);
            await anna.SayAsync(http, "ja");
            await anna.SayAsync(http, "Anna Schmidt");
            Assert.Contains("nach vorn", await SayAllAsync(anna, http, "eine neue Website für meine Bäckerei"));
            await before.StopAsync();
        }

        await using var after = await BotProcess.StartAsync(settings);
        using var again = after.CreateClient();
        await anna.ReconnectAsync(again);

        var history = string.Join("\n", DirectLineClient.Texts(await anna.HistoryAsync(again)));
        Assert.Contains("Anna Schmidt", history);
        Assert.Contains("eine neue Website für meine Bäckerei", history);
        Assert.Contains("Bis wann", await SayAllAsync(anna, again, "mehr Zeit für meine Familie"));
        await anna.DisposeAsync();
    }

    [Fact]
    public async Task With_the_socket_on_one_instance_and_the_posts_on_the_other_every_reply_arrives_in_order_also_after_a_restart()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__PartnerBot"] = await postgres.ConnectionStringAsync(),
        };
        var startA = BotProcess.StartAsync(settings);
        var startB = BotProcess.StartAsync(settings);
        var a = await startA;
        await using var b = await startB;
        using var httpB = b.CreateClient();
        SocketCustomer anna;
        await using (a)
        {
            using var httpA = a.CreateClient();
            anna = await SocketCustomer.StartAsync(httpA);
            foreach (var answer in new[] { "ja", "Anna Schmidt", "eine neue Website für meine Bäckerei" })
            {
                Assert.NotEmpty(await anna.SayAsync(httpB, answer));
            }

            // What A's socket got is exactly the history, in the order of the log.
            var history = DirectLineClient.Activities(await anna.HistoryAsync(httpB)).Select(x => (string?)x["id"]).ToList();
            Assert.Equal(history, anna.Received.Select(x => (string?)x["id"]));
            await a.StopAsync();
        }

        await using var restarted = await BotProcess.StartAsync(settings);
        using var httpA2 = restarted.CreateClient();
        await anna.ReconnectAsync(httpA2);
        Assert.Contains("Bis wann", await SayAllAsync(anna, httpB, "mehr Zeit für meine Familie"));
        Assert.Contains("Budget", await SayAllAsync(anna, httpA2, "bis Ende März"), StringComparison.OrdinalIgnoreCase);
        await anna.DisposeAsync();
    }

    private static async Task<string> SayAllAsync(SocketCustomer customer, HttpClient via, string text) => string.Join(" ", await customer.SayAsync(via, text));

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
