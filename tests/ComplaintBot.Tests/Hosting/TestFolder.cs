namespace ComplaintBot.Tests.Hosting;

/// <summary>A folder of one test's own under the temporary folder (not created until something writes there), deleted on disposal.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Path { get; } = NewPath();

    /// <summary>A path no other test uses, for a test that hands the folder to something that deletes it.</summary>
    public static string NewPath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
