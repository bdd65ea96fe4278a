using System.Diagnostics;

namespace ComplaintBot.Tests.Deployment;

/// <summary>What a finished child process said.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

/// <summary>Runs a command line tool (node, npm) to completion and captures its output.</summary>
internal static class ExternalProcess
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(guard.Token);
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>Whether <paramref name="fileName"/> is an executable on PATH.</summary>
    public static bool IsOnPath(string fileName) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, fileName)));
}
