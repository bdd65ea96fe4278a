using System.Globalization;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Console;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The survey results for signed-in agents (the console's "Agent" policy and cookie): the JSON API with the figures, the
/// CSV export, and the results page with its charts under <c>/agent/results</c> (the console's Content-Security-Policy
/// applies). Query: <c>from</c>, <c>to</c> (ISO 8601), <c>category</c>, <c>agent</c>.
/// </summary>
public static class SupportResultsEndpoints
{
    public const string Page = AgentConsoleRoutes.Base + "/results";
    public const string Api = AgentConsoleRoutes.Api + "/results";
    public const string Export = Api + "/export.csv";

    public static IEndpointRouteBuilder MapSupportResults(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Api)
            .RequireAuthorization(AgentSignIn.Policy)
            .AddEndpointFilter<AgentApiFilter>();
        api.MapGet("/", (DateTimeOffset? from, DateTimeOffset? to, string? category, string? agent, SurveyResults results, CancellationToken ct)
            => results.QueryAsync(from, to, category, agent, ct));
        api.MapGet("/export.csv", async (DateTimeOffset? from, DateTimeOffset? to, string? category, string? agent, SurveyResults results, CancellationToken ct) =>
        {
            var report = await results.QueryAsync(from, to, category, agent, ct);
            var name = string.Create(CultureInfo.InvariantCulture, $"survey-results-{report.From.UtcDateTime:yyyyMMdd}-{report.To.UtcDateTime:yyyyMMdd}.csv");
            return Results.File(SurveyCsv.Write(report.Results), SurveyCsv.ContentType, name);
        });

        var pages = endpoints.MapGroup(AgentConsoleRoutes.Base).RequireAuthorization(AgentSignIn.Policy);
        pages.MapGet("/results", (IWebHostEnvironment env) => AgentConsolePages.Serve(env, "results.html"));
        pages.MapGet("/results.js", (IWebHostEnvironment env) => AgentConsolePages.Serve(env, "results.js"));
        pages.MapGet("/results.css", (IWebHostEnvironment env) => AgentConsolePages.Serve(env, "results.css"));
        return endpoints;
    }
}
