namespace PartnerBot.Tests.Infrastructure;

/// <summary>What a test needs beyond the .NET SDK. Locally a missing piece skips the test with the reason; under CI=true it fails it.</summary>
public static class Requirements
{
    /// <summary>True when running in CI, where every test must run.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL connection string from PARTNERBOT_TEST_POSTGRES (.ci/run starts a server and sets it).</summary>
    public static string Postgres() =>
        Environment.GetEnvironmentVariable("PARTNERBOT_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : Missing("PostgreSQL tests need PARTNERBOT_TEST_POSTGRES (a connection string); .ci/run starts a server and sets it.");

    /// <summary>The Chromium executable from PARTNERBOT_TEST_CHROMIUM, or /usr/bin/chromium when it exists.</summary>
    public static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("PARTNERBOT_TEST_CHROMIUM");
        if (string.IsNullOrEmpty(path) && File.Exists("/usr/bin/chromium"))
        {
            path = "/usr/bin/chromium";
        }

        return !string.IsNullOrEmpty(path) && File.Exists(path)
            ? path
            : Missing("Browser tests need Chromium (apt-get install chromium, or PARTNERBOT_TEST_CHROMIUM); .ci/run installs it.");
    }

    private static string Missing(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"CI=true, so this test may not be skipped: {reason}");
        }

        Assert.Skip(reason);
        return "";
    }
}
