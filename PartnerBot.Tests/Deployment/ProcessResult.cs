namespace PartnerBot.Tests.Deployment;

/// <summary>How a command ended: its exit code and its standard output and error, interleaved.</summary>
public sealed record ProcessResult(int ExitCode, string Output);
