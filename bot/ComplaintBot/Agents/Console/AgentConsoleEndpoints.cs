using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// The console's APIs under <c>/agent/api</c>, all behind the "Agent" policy; every POST also needs the antiforgery
/// header. Refused actions answer 400 (bad input), 404 (no such handoff or complaint) or 409 (someone else holds it).
/// </summary>
public static class AgentConsoleEndpoints
{
    public const string ReadyEvent = "ready";

    public static IEndpointRouteBuilder MapAgentConsoleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(AgentConsoleRoutes.Api)
            .RequireAuthorization(AgentSignIn.Policy)
            .AddEndpointFilter<AgentApiFilter>();

        api.MapGet("/queue", (HttpContext http, AgentDesk desk, CancellationToken ct)
            => desk.QueueForAsync(AgentIdentity.Of(http.User), ct));
        api.MapGet("/events", (AgentConsoleFeed feed, CancellationToken ct)
            => TypedResults.ServerSentEvents(StreamAsync(feed.Subscribe(), ct)));
        api.MapGet("/agents", async (Accounts.IAgentAccountStore accounts, CancellationToken ct)
            => (await accounts.ListAsync(ct)).Select(a => new { a.Name, a.Languages, a.Skills }));

        api.MapGet("/handoffs/{id}", (string id, AgentDesk desk, CancellationToken ct) => desk.OpenHandoffAsync(id, ct));
        var actions = api.MapGroup("/").AddEndpointFilter<AntiforgeryFilter>();
        actions.MapPost("/handoffs/{id}/accept", async (string id, HttpContext http, AgentDesk desk, CancellationToken ct)
            => desk.Describe(await desk.AcceptAsync(id, AgentIdentity.Of(http.User), ct)));
        actions.MapPost("/handoffs/{id}/messages", async (string id, TextBody body, HttpContext http, AgentDesk desk, CancellationToken ct) =>
        {
            await desk.SendAsync(id, AgentIdentity.Of(http.User), body.Text ?? string.Empty, ct);
            return Results.NoContent();
        });
        actions.MapPost("/handoffs/{id}/hand-back", async (string id, HttpContext http, AgentDesk desk, CancellationToken ct)
            => desk.Describe(await desk.HandBackAsync(id, AgentIdentity.Of(http.User), ct)));
        actions.MapPost("/handoffs/{id}/transfer", async (string id, TransferBody body, HttpContext http, AgentDesk desk, CancellationToken ct)
            => desk.Describe(await desk.TransferAsync(id, AgentIdentity.Of(http.User), body.AgentName ?? string.Empty, ct)));

        api.MapGet("/complaints", (ComplaintStatus? status, ComplaintCategory? category, int? limit, AgentDesk desk, CancellationToken ct)
            => desk.ListComplaintsAsync(new ComplaintQuery { Status = status, Category = category, Limit = Math.Clamp(limit ?? 100, 1, 500) }, ct));
        api.MapGet("/complaints/{reference}", (string reference, AgentDesk desk, CancellationToken ct) => desk.OpenComplaintAsync(reference, ct));
        actions.MapPost("/complaints/{reference}/notes", async (string reference, TextBody body, HttpContext http, AgentDesk desk, CancellationToken ct) =>
        {
            await desk.NoteAsync(reference, AgentIdentity.Of(http.User), body.Text ?? string.Empty, ct);
            return Results.NoContent();
        });
        actions.MapPost("/complaints/{reference}/resolve", async (string reference, TextBody body, HttpContext http, AgentDesk desk, CancellationToken ct)
            => ComplaintSummary.Of(await desk.ResolveAsync(reference, AgentIdentity.Of(http.User), body.Text ?? string.Empty, ct)));
        return endpoints;
    }

    /// <summary>A "ready" event once the console is subscribed, then every event as it happens.</summary>
    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(AgentConsoleFeed.Subscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            yield return new SseItem<string>("{}", ReadyEvent);
            await foreach (var item in subscription.ReadAllAsync(cancellationToken))
            {
                yield return new SseItem<string>(item.Json, item.Kind);
            }
        }
    }

    /// <summary>A body with one text: a message, a note or a resolution.</summary>
    public sealed record TextBody(string? Text);

    public sealed record TransferBody(string? AgentName);
}
