using ComplaintBot.Agents.Accounts;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// <c>dotnet run --project bot/ComplaintBot -- agents link-teams "Mina Park" 00000000-0000-0000-0000-000000000000</c> links an agent
/// account to a Teams user by the user's Microsoft Entra object id (Entra admin center → Users → the user → Object ID;
/// it is also <c>from.aadObjectId</c> of their Teams activities), so their Accept presses and 1:1 chat with the bot act
/// as that agent. <c>agents unlink-teams "Mina Park"</c> removes the link. Exit codes: 0 done, 1 refused, 2 usage.
/// </summary>
public static class TeamsLinkCommand
{
    private const string Usage = """
        usage: agents link-teams NAME ENTRA_OBJECT_ID
               agents unlink-teams NAME
        """;

    public static bool IsInvoked(IReadOnlyList<string> args)
        => args is not null && args.Count > 1 && args[0] == "agents" && args[1] is "link-teams" or "unlink-teams";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var linking = args.Count > 1 && args[1] == "link-teams";
        if (args.Count != (linking ? 4 : 3))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (await services.GetRequiredService<IAgentAccountStore>().FindByNameAsync(args[2], CancellationToken.None) is not { } agent)
        {
            await error.WriteLineAsync($"There is no agent named '{args[2]}' (agents list shows them).");
            return 1;
        }

        var links = services.GetRequiredService<ITeamsAgentLinks>();
        if (!linking)
        {
            var removed = await links.UnlinkAsync(agent.Id, CancellationToken.None);
            await output.WriteLineAsync(removed ? $"Agent '{agent.Name}' is no longer linked to Teams." : $"Agent '{agent.Name}' was not linked to Teams.");
            return 0;
        }

        if (!Guid.TryParse(args[3], out _))
        {
            await error.WriteLineAsync($"'{args[3]}' is not a Microsoft Entra object id (a GUID).");
            return 2;
        }

        try
        {
            await links.LinkAsync(agent.Id, args[3], services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        await output.WriteLineAsync($"Agent '{agent.Name}' is linked to the Teams user {SqlTeamsAgentLinks.Normalize(args[3])}.");
        return 0;
    }
}
