using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnerBot.Tests.Deployment;

/// <summary>
/// PartnerBot published with <c>dotnet publish -c Release</c> into a temporary directory outside the source tree and
/// started there as App Service starts it (<c>dotnet PartnerBot.dll</c>), on memory storage and a free local port.
/// One publish per test run: the tests that need it share this fixture.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string PublishDirectory { get; private set; } = "";

    public ProcessResult? Publish { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The last status of <c>/healthz</c> while waiting for the app (null: it never answered).</summary>
    public HttpStatusCode? HealthStatus { get; private set; }

    /// <summary>What the app wrote to its console so far.</summary>
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

    public async ValueTask InitializeAsync()
    {
        var root = Directory.CreateTempSubdirectory("partnerbot-publish-").FullName;
        PublishDirectory = Path.Combine(root, "app");
        Publish = await ProcessRunner.RunAsync(
            "dotnet",
            ["publish", Path.Combine(DeploymentPaths.RepositoryRoot, "PartnerBot", "PartnerBot.csproj"), "-c", "Release", "-o", PublishDirectory, "-nologo", "--disable-build-servers", "-nodeReuse:false"],
            DeploymentPaths.RepositoryRoot,
            TimeSpan.FromMinutes(10),
            CancellationToken.None);
        if (Publish.ExitCode != 0)
        {
            return;
        }

        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        Start();
        await WaitForHealthAsync();
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (PublishDirectory.Length > 0)
        {
            Directory.Delete(Path.GetDirectoryName(PublishDirectory)!, recursive: true);
        }
    }

    private void Start()
    {
        var startInfo = ProcessRunner.CreateStartInfo("dotnet", PublishTests.StartCommand.Split(' ')[1..], PublishDirectory);
        foreach (var key in startInfo.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k == "DOTNET_ENVIRONMENT").ToList())
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["Storage__Provider"] = "Memory";
        startInfo.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        // appsettings.json names a "Urls" of its own, which outranks ASPNETCORE_URLS; a plain environment variable outranks both.
        startInfo.Environment["Urls"] = BaseAddress.ToString();

        _process = new Process { StartInfo = startInfo };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitForHealthAsync()
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (deadline.Elapsed < ReadyWithin && _process is { HasExited: false })
        {
            try
            {
                using var response = await client.GetAsync("healthz");
                HealthStatus = response.StatusCode;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A request that took longer than the client's timeout; try again.
            }

            await poll.WaitForNextTickAsync();
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
