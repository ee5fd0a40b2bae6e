using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerBot.Bench;

/// <summary>The live handoff's latency on the website path: a customer on the local Direct Line (WebSocket, as Web Chat) and a person
/// of the business on the live dashboard (its Server-Sent Events, its POSTs); staff → customer is the POST of a line until it arrives on
/// the customer's socket, customer → staff the customer's POST until it arrives in the dashboard's event stream.</summary>
internal static partial class HandoffBench
{
    private const string Password = "Bench-Sonne-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var messages = args.SkipWhile(a => a != "--messages").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(20);
        var root = RepositoryRoot.Find();
        var dll = Path.Combine(root, "PartnerBot", "bin", "Release", "net10.0", "PartnerBot.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Build PartnerBot first ({dll} is missing): dotnet build -c Release PartnerBot");
            return 2;
        }

        var data = Directory.CreateTempSubdirectory("partnerbot-handoff-");
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["ConnectionStrings__PartnerBot"] = $"Data Source={Path.Combine(data.FullName, "partnerbot.db")}",
            ["Owner__Password"] = Password,
            ["Owner__GeneratedPasswordFile"] = Path.Combine(data.FullName, "owner-password.txt"),
            ["RateLimits__RequestsPerAddressPerMinute"] = "1000000",
            ["RateLimits__SignInsPerAddressPerMinute"] = "1000",
            // One customer writes every message of the run in the same conversation and from the same address, far faster than a
            // person: the per-conversation and per-address limits of the website chat are lifted for the bench only.
            ["WebChat__ActivitiesPerConversationPerMinute"] = "10000",
            ["WebChat__RequestsPerIpPerMinute"] = "100000",
        };
        foreach (var day in Enum.GetNames<DayOfWeek>())
        {
            environment[$"Owner__OpeningHours__{day}"] = "00:00-23:59";
        }

        await using var server = await ServerProcess.StartAsync(dll, environment);
        using var staff = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));

        var signIn = await staff.GetStringAsync("owner/signin", stop.Token);
        using (var signedIn = await PostFormAsync(staff, "owner/signin", Token(signIn), ("UserName", "owner"), ("Password", Password)))
        {
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                Console.Error.WriteLine($"The owner's sign-in failed: {(int)signedIn.StatusCode}");
                return 1;
            }
        }

        var queue = new Arrivals();
        _ = ReadEventsAsync(staff, "owner/live/events", queue, stop.Token);
        await queue.WaitAsync("snapshot", stop.Token);

        var customer = await Customer.StartAsync(http, stop.Token);
        await customer.SayAsync("ja", stop.Token);
        await customer.SayAsync("Ich möchte mit einem Menschen sprechen", stop.Token);
        var id = await queue.WaitAsync("queue", stop.Token);

        var lines = new Arrivals();
        _ = ReadEventsAsync(staff, $"owner/live/events?c={id}", lines, stop.Token);
        await lines.WaitAsync("snapshot", stop.Token);
        var token = Token(await staff.GetStringAsync($"owner/live/chat/{id}", stop.Token));
        using (var taken = await PostFormAsync(staff, $"owner/live/chat/{id}?handler=TakeOver", token))
        {
            taken.EnsureSuccessStatusCode();
        }

        var toCustomer = new List<double>();
        var toStaff = new List<double>();
        for (var i = -2; i < messages; i++)
        {
            // Two rounds that are not counted: the JIT of the paths measured.
            var started = Stopwatch.GetTimestamp();
            var line = $"Kundin {i} {Guid.NewGuid():N}";
            await customer.SendAsync(line, stop.Token);
            var arrived = await lines.WaitAsync(line, stop.Token);
            Record(toStaff, i, started, arrived);

            started = Stopwatch.GetTimestamp();
            var answer = $"Team {i} {Guid.NewGuid():N}";
            (await PostFormAsync(staff, $"owner/live/chat/{id}?handler=Send", token, ("Text", answer))).Dispose();
            Record(toCustomer, i, started, await customer.Arrivals.WaitAsync(answer, stop.Token));
        }

        var report = $"""
            # Live handoff latency (website path, SQLite, one instance)

            {messages} lines each way, measured from the sender's POST to the arrival at the other side (customer: Direct Line WebSocket; staff: Server-Sent Events).

            | direction | p50 ms | p95 ms | max ms |
            |---|---:|---:|---:|
            | staff → customer | {P(toCustomer, 50):F1} | {P(toCustomer, 95):F1} | {toCustomer.Max():F1} |
            | customer → staff | {P(toStaff, 50):F1} | {P(toStaff, 95):F1} | {toStaff.Max():F1} |

            """;
        Console.WriteLine(report);
        var output = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "handoff.md"), report, stop.Token);
        await stop.CancelAsync();
        return 0;
    }

    private static void Record(List<double> into, int round, long started, string arrived)
    {
        if (round >= 0)
        {
            into.Add((long.Parse(arrived, CultureInfo.InvariantCulture) - started) * 1000.0 / Stopwatch.Frequency);
        }
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token, params (string, string)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token));
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Requested-With", "fetch");
        return client.SendAsync(request);
    }

    /// <summary>Reads the dashboard's event stream: a snapshot, queue changes (by handoff id) and lines (by text), each with its arrival.</summary>
    private static async Task ReadEventsAsync(HttpClient client, string url, Arrivals arrivals, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var kind = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var data = JsonNode.Parse(line[6..]);
                var key = kind switch { "message" => (string?)data?["text"], "queue" => "queue", _ => kind };
                arrivals.Add(key, kind == "queue" ? (string?)data?["handoffId"] : null);
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
