using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Privacy;
using ComplaintBot.Tests.Agents;
using ComplaintBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Privacy;

/// <summary>The export and erasure API over real HTTP: only for a signed-in agent, with the console's antiforgery header.</summary>
public sealed class PrivacyApiTests : IAsyncLifetime
{
    private readonly AgentConsoleHost _console = new();

    public Task InitializeAsync() => _console.InitializeAsync();

    public Task DisposeAsync() => _console.DisposeAsync();

    private async Task<Complaint> FileAsync(string userId, string email)
    {
        var sample = SampleComplaints.Create(customer: new Customer("msteams", userId));
        return await _console.Host.Services.GetRequiredService<IComplaintStore>().AddAsync(
            sample with { Customer = sample.Customer with { Email = email } },
            CancellationToken.None);
    }

    [Fact]
    public async Task A_signed_in_agent_exports_and_erases_one_customer_and_nobody_else_can()
    {
        var mine = await FileAsync("29:mine", "mine@example.com");
        var other = await FileAsync("29:other", "other@example.com");
        using var anonymous = new HttpClient { BaseAddress = _console.Host.Address };
        using var refused = await anonymous.PostAsJsonAsync(new Uri(PrivacyEndpoints.Route + "/export", UriKind.Relative), new { email = "mine@example.com" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var agent = await _console.SignInAsync("Mina Park");
        using var incomplete = await agent.PostAsync(PrivacyEndpoints.Route + "/export", new { channelId = "msteams" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);

        using var exported = await agent.PostAsync(PrivacyEndpoints.Route + "/export", new { channelId = "msteams", userId = "29:mine" });
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var export = JsonNode.Parse(await exported.Content.ReadAsStringAsync())!;
        Assert.Equal(mine.Reference, (string?)Assert.Single(export["complaints"]!.AsArray())!["reference"]);
        Assert.DoesNotContain("other@example.com", export.ToJsonString(), StringComparison.Ordinal);

        using var erased = await agent.PostAsync(PrivacyEndpoints.Route + "/erase", new { email = "mine@example.com" });
        Assert.Equal(1, (int?)JsonNode.Parse(await erased.Content.ReadAsStringAsync())!["complaints"]);
        Assert.Null((await _console.StoredAsync(mine.Reference))!.Customer.Email);
        Assert.Equal("other@example.com", (await _console.StoredAsync(other.Reference))!.Customer.Email);
    }
}
