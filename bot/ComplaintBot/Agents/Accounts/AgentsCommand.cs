using Microsoft.AspNetCore.Identity;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// <c>dotnet run --project bot/ComplaintBot -- agents add --name "Mina Park" --languages en,ko [--skills billing,delivery]</c>
/// creates an agent account (the password is asked for twice without echo, or read as the first line of standard
/// input when it is redirected); with <c>--entra-object-id OID</c> it creates, without a password, the account of an
/// agent who signs in with Entra ID (their languages and skills, and the name others transfer to);
/// <c>agents list</c> shows the accounts. Exit codes: 0 done, 1 refused, 2 usage.
/// </summary>
public static class AgentsCommand
{
    public const int MinimumPasswordLength = 12;

    private const string Usage = """
        usage: agents add --name NAME --languages en,ko[,ja,zh-Hans,sl] [--skills billing,delivery] [--entra-object-id OID]
               agents list
        The password is prompted for, or read from the first line of standard input.
        With --entra-object-id (the agent's object id in Entra ID) no password is asked: the agent signs in with Entra ID.
        """;

    public static bool IsInvoked(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "agents";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var store = services.GetRequiredService<IAgentAccountStore>();
        switch (args.Count > 1 ? args[1] : null)
        {
            case "list":
                foreach (var agent in await store.ListAsync(CancellationToken.None))
                {
                    await output.WriteLineAsync($"{agent.Name}\tlanguages: {string.Join(',', agent.Languages)}\tskills: {string.Join(',', agent.Skills)}");
                }

                return 0;
            case "add":
                return await AddAsync(services, store, Options(args), input, output, error);
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(IServiceProvider services, IAgentAccountStore store, Dictionary<string, string> options, TextReader input, TextWriter output, TextWriter error)
    {
        if (!options.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name) || !options.TryGetValue("languages", out var languageList))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var languages = new List<string>();
        foreach (var tag in languageList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (AgentLanguages.Normalize(tag) is not { } language)
            {
                await error.WriteLineAsync($"'{tag}' is not one of the bot's languages (en, ko, ja, zh-Hans, sl).");
                return 2;
            }

            languages.Add(language);
        }

        if (languages.Count == 0)
        {
            await error.WriteLineAsync("An agent needs at least one language.");
            return 2;
        }

        var entraObjectId = options.GetValueOrDefault("entra-object-id");
        if (entraObjectId is not null && !Guid.TryParse(entraObjectId, out _))
        {
            await error.WriteLineAsync($"'{entraObjectId}' is not an Entra ID object id (a GUID).");
            return 2;
        }

        var password = entraObjectId is null ? ReadPassword(input, output) : null;
        if (entraObjectId is null && (password is null || password.Length < MinimumPasswordLength))
        {
            await error.WriteLineAsync($"The password must have at least {MinimumPasswordLength} characters (or the two entries differ).");
            return 1;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var hasher = services.GetRequiredService<IPasswordHasher<AgentAccount>>();
        var account = new AgentAccount
        {
            Id = entraObjectId?.ToLowerInvariant() ?? Guid.CreateVersion7().ToString("N"),
            Name = name.Trim(),
            Languages = [.. languages.Distinct()],
            Skills = options.TryGetValue("skills", out var skills)
                ? [.. skills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).Distinct()]
                : [],
            PasswordHash = string.Empty,
            CreatedAt = time.GetUtcNow(),
        };
        if (password is not null)
        {
            account = account with { PasswordHash = hasher.HashPassword(account, password) };
        }

        try
        {
            await store.AddAsync(account, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        await output.WriteLineAsync($"Agent '{account.Name}' created ({string.Join(',', account.Languages)}).");
        return 0;
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 2; i + 1 < args.Count; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }

    /// <summary>From standard input when redirected (the first line), else typed twice at the terminal without echo.</summary>
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (System.Console.IsInputRedirected || !ReferenceEquals(input, System.Console.In))
        {
            return input.ReadLine();
        }

        output.Write("Password: ");
        var first = ReadHidden();
        output.Write("Again: ");
        var second = ReadHidden();
        return first == second ? first : null;
    }

    private static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = System.Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                System.Console.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
