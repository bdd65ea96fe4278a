using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ComplaintBot.Tests.Hosting;

/// <summary>
/// The bot as an operating-system process of its own — the <c>ComplaintBot.dll</c> built beside the tests, run with
/// <c>dotnet</c> as the README's first command runs it — on 127.0.0.1 at a port it picks, with the given data folder:
/// for what only a real process shows, such as being killed between one reply and the next request.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _drained;

    private BotProcess(Process process, Uri address, Task drained)
    {
        _process = process;
        Address = address;
        _drained = drained;
    }

    public Uri Address { get; }

    /// <summary>Starts the bot and returns once it listens (it logs the address it bound, which is read from its output).</summary>
    public static async Task<BotProcess> StartAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ComplaintBot.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            using var startUp = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(startUp.Token) is { } line)
            {
                output.Add(line);
                if (ListeningOn().Match(line) is { Success: true } listening)
                {
                    var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
                    return new BotProcess(process, new Uri(listening.Groups[1].Value), drained);
                }
            }

            throw new InvalidOperationException(
                $"The bot stopped before it listened:\n{string.Join('\n', output)}\n{await process.StandardError.ReadToEndAsync()}");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the process outright (SIGKILL: no shutdown, nothing flushed or disposed) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _drained;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
