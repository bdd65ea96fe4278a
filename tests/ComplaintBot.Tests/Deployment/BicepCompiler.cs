using System.Runtime.InteropServices;

namespace ComplaintBot.Tests.Deployment;

/// <summary>The Bicep CLI copied next to the tests from the Azure.Bicep.CommandLine.linux-x64 NuGet package.</summary>
internal static class BicepCompiler
{
    public static string ExecutablePath { get; } = Path.Combine(AppContext.BaseDirectory, "bicep", "bicep");

    public static bool IsAvailable =>
        OperatingSystem.IsLinux()
        && RuntimeInformation.OSArchitecture == Architecture.X64
        && File.Exists(ExecutablePath);

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> in deployment/azure.</summary>
    public static Task<ProcessResult> RunAsync(params string[] arguments)
    {
        // NuGet does not keep the executable bit when it extracts a package.
        if (OperatingSystem.IsLinux() && !File.GetUnixFileMode(ExecutablePath).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(ExecutablePath, File.GetUnixFileMode(ExecutablePath) | UnixFileMode.UserExecute);
        }

        return ExternalProcess.RunAsync(ExecutablePath, arguments, RepositoryFiles.PathOf("deployment", "azure"));
    }
}
