namespace PartnerBot.Tests.Deployment;

/// <summary>One <c>bicep build</c> of every .bicep file under deploymentTemplates/ into a temporary directory, shared by the tests of a run.</summary>
internal sealed class BicepBuild
{
    private static readonly Lazy<Task<BicepBuild>> Shared = new(RunAsync);

    private BicepBuild(string outputDirectory, ProcessResult result)
    {
        OutputDirectory = outputDirectory;
        Result = result;
    }

    /// <summary>Where the compiled templates are, mirroring deploymentTemplates/.</summary>
    public string OutputDirectory { get; }

    public ProcessResult Result { get; }

    /// <summary>The build of this test run (started by the first caller).</summary>
    public static Task<BicepBuild> GetAsync() => Shared.Value;

    /// <summary>Every .bicep file, relative to deploymentTemplates/ with forward slashes.</summary>
    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(DeploymentPaths.Templates, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DeploymentPaths.Templates, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The compiler's diagnostics (errors, warnings, linter findings) about one source file.</summary>
    public IReadOnlyList<string> DiagnosticsFor(string relativeSource)
    {
        var fullPath = Path.Combine(DeploymentPaths.Templates, relativeSource);
        return Result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith(fullPath + "(", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The compiled ARM template of one source file.</summary>
    public string CompiledPath(string relativeSource) => Path.Combine(OutputDirectory, Path.ChangeExtension(relativeSource, ".json"));

    private static async Task<BicepBuild> RunAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The template tests use the Bicep compiler for linux-x64 (Azure.Bicep.CommandLine.linux-x64).");
        }

        var bicep = DeploymentPaths.Bicep;
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException($"The Bicep compiler is missing at {bicep}: restore PartnerBot.Tests (it downloads Azure.Bicep.CommandLine.linux-x64).", bicep);
        }

        // NuGet extracts the package without the executable bit.
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(bicep);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(bicep, mode | execute);
        }

        var outputDirectory = Directory.CreateTempSubdirectory("partnerbot-bicep-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(outputDirectory, recursive: true);
        var result = await ProcessRunner.RunAsync(
            bicep,
            ["build", "--pattern", "**/*.bicep", "--outdir", outputDirectory],
            DeploymentPaths.Templates,
            TimeSpan.FromMinutes(3),
            CancellationToken.None);
        return new BicepBuild(outputDirectory, result);
    }
}
