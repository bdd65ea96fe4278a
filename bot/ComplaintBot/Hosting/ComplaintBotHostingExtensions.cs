using ComplaintBot.Agents;
using ComplaintBot.Channels;
using ComplaintBot.CheckIns;
using ComplaintBot.Conversations;
using ComplaintBot.DirectLine;
using ComplaintBot.Messaging;
using ComplaintBot.Privacy;
using ComplaintBot.Storage;
using ComplaintBot.Sentiment;
using ComplaintBot.SupportTeams;

namespace ComplaintBot.Hosting;

/// <summary>Everything the host registers and maps, in one place, so Program.cs stays a table of contents.</summary>
public static class ComplaintBotHostingExtensions
{
    public static WebApplicationBuilder AddComplaintBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBotLogging();
        builder.Services.AddBotMessaging();
        builder.Services.AddBotAuthentication(builder.Configuration).AddBotConnector(builder.Configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddSentimentAnalysis(builder.Configuration);
        builder.Services.AddComplaintConversations(builder.Configuration);
        builder.Services.AddAgents(builder.Configuration);
        builder.Services.AddCheckIns(builder.Configuration);
        builder.Services.AddSupportTeams(builder.Configuration);
        builder.Services.AddPrivacy(builder.Configuration);
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapComplaintBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapBotMessages();
        app.MapAgents();
        app.MapPrivacy();
        app.UseCheckIns();
        app.MapSupportResults();
        app.MapHealthEndpoints();
        app.MapDirectLine();
        return app;
    }
}
