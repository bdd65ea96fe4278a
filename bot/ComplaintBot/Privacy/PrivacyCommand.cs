using System.Text.Json;
using ComplaintBot.Storage;

namespace ComplaintBot.Privacy;

/// <summary>
/// <c>dotnet run --project bot/ComplaintBot -- privacy export --channel webchat --user ID [--email ADDRESS] [--out FILE]</c>
/// writes everything the bot holds about one customer as JSON (to standard output, or to the file);
/// <c>privacy erase …</c> with the same options erases it and prints what was erased. Exit codes: 0 done, 2 usage,
/// 3 refused: a bot is running on the same SQLite data folder (erase through it, or stop it first).
/// </summary>
public static class PrivacyCommand
{
    private const string Usage = """
        usage: privacy export --channel CHANNEL --user USER_ID [--email ADDRESS] [--out FILE]
               privacy export --email ADDRESS [--out FILE]
               privacy erase  --channel CHANNEL --user USER_ID [--email ADDRESS]
               privacy erase  --email ADDRESS
        CHANNEL is the channel id (webchat, msteams…), USER_ID the customer's from.id on it.
        """;

    private const string WhileTheBotRuns = """
        Nothing was erased. While the bot runs, erase through it: an agent's POST /agent/api/privacy/erase with the
        same identity (README, "Data protection"). Or stop the bot and run this command again.
        """;

    public static bool IsInvoked(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "privacy";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var action = args.Count > 1 ? args[1] : null;
        if (action is not ("export" or "erase") || Options(args) is not { } options)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var customer = new CustomerIdentity(options.GetValueOrDefault("channel"), options.GetValueOrDefault("user"), options.GetValueOrDefault("email"));
        if (customer.Problem is { } problem)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var store = services.GetRequiredService<PersonalDataStore>();
        if (action == "erase")
        {
            if (!services.GetRequiredService<StorageDatabase>().TryClaimTurnState(out var owner))
            {
                await error.WriteLineAsync(owner);
                await error.WriteLineAsync(WhileTheBotRuns);
                return 3;
            }

            var report = await store.EraseAsync(customer, CancellationToken.None);
            await output.WriteLineAsync(JsonSerializer.Serialize(report, PrivacyJson.Options));
            return 0;
        }

        var export = JsonSerializer.Serialize(await store.ExportAsync(customer, CancellationToken.None), PrivacyJson.Options);
        if (options.TryGetValue("out", out var file))
        {
            await File.WriteAllTextAsync(file, export);
            await error.WriteLineAsync($"Written to {Path.GetFullPath(file)}.");
        }
        else
        {
            await output.WriteLineAsync(export);
        }

        return 0;
    }

    /// <summary>The <c>--name value</c> pairs after the action; null when one is unknown or has no value.</summary>
    private static Dictionary<string, string>? Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 2; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || args[i] is not ("--channel" or "--user" or "--email" or "--out"))
            {
                return null;
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }
}
