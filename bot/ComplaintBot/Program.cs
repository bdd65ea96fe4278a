using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddComplaintBot();

var app = builder.Build();
if (TeamsLinkCommand.IsInvoked(args))
{
    return await TeamsLinkCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (AgentsCommand.IsInvoked(args))
{
    return await AgentsCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

app.MapComplaintBot();
app.Run();
return 0;
