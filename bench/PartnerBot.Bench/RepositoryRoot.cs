namespace PartnerBot.Bench;

/// <summary>Finds the PartnerBot repository the benchmark runs in, so results land in its bench/results whatever the working directory inside it.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding PartnerBot.sln, searched from the working directory upwards.</summary>
    public static string Find()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnerBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the PartnerBot repository.");
    }
}
