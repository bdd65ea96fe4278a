using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Hosting;
using ComplaintBot.Privacy;

var builder = WebApplication.CreateBuilder(args);
builder.AddComplaintBot();
if (AgentsCommand.IsInvoked(args) || PrivacyCommand.IsInvoked(args))
{
    // A command's standard output is its result (an export is JSON): log lines go to standard error.
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}

var app = builder.Build();
if (TeamsLinkCommand.IsInvoked(args))
{
    return await TeamsLinkCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (AgentsCommand.IsInvoked(args))
{
    return await AgentsCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

if (PrivacyCommand.IsInvoked(args))
{
    return await PrivacyCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.MapComplaintBot();
app.Run();
return 0;
