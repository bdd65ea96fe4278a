namespace ComplaintBot.Tests.Deployment;

/// <summary>Files of the repository the tests run from (found by walking up to ComplaintBot.sln).</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"ComplaintBot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
