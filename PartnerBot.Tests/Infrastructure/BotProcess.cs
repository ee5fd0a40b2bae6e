using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnerBot.Tests.Infrastructure;

/// <summary>PartnerBot in a process of its own (<c>dotnet PartnerBot.dll</c> from the test's output), on a free loopback port.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>What the process wrote so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts PartnerBot with these settings (environment variables, <c>__</c> for <c>:</c>) and waits until <c>/healthz</c> says ready.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PartnerBot.dll");
        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosen}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // The process runs as Production; the tests talk to /api/messages as a local harness would (loopback, no channel token).
        start.Environment["Bot__AllowUnauthenticatedMessages"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start)!, chosen);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (bot._process.HasExited)
            {
                throw new InvalidOperationException($"PartnerBot exited with {bot._process.ExitCode}:\n{bot.Log}");
            }

            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{chosen}/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        await bot.DisposeAsync();
        throw new TimeoutException($"PartnerBot was not ready within 2 minutes:\n{bot.Log}");
    }

    public HttpClient CreateClient(string? ownerKey = null)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(60) };
        if (ownerKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", ownerKey);
        }

        return client;
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Asks the process to stop (SIGTERM) and waits for a clean shutdown.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
