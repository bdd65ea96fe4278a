using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.DirectLine;
using ComplaintBot.Privacy;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.Privacy;

/// <summary>
/// Right of access, right of erasure and the retention period on a real database, run once per provider by the
/// subclasses: what an export holds, what an erasure leaves (read back from the tables directly) and what a
/// retention sweep on a fake clock erases.
/// </summary>
public abstract class PersonalDataContractTests : IAsyncLifetime
{
    private PrivacyHost _host = null!;

    /// <summary>Makes an empty database of this test's own; returns the host settings that name it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _host = new PrivacyHost(await CreateDatabaseAsync());

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await DropDatabaseAsync();
    }

    private PersonalDataStore Store => _host.Get<PersonalDataStore>();

    private static string Marker(string name) => name + Guid.NewGuid().ToString("N")[..8];

    [StorageFact]
    public async Task Export_ByChannelUser_HoldsEverythingAboutTheCustomerAndNothingAboutAnother()
    {
        var ana = await _host.SeedAsync("webchat", Marker("ana"), "ana.horvat@example.com");
        var bo = await _host.SeedAsync("msteams", Marker("bo"), "bo.li@example.com");

        var export = await Store.ExportAsync(new CustomerIdentity("webchat", ana.UserId, null), CancellationToken.None);

        var complaint = Assert.Single(export.Complaints);
        Assert.Equal(ana.ComplaintReference, complaint.Reference);
        Assert.Equal(ana.Marker + " story", complaint.Description);
        Assert.Equal([new ChannelUser("webchat", ana.UserId)], export.Identities);
        Assert.Contains(ana.UserStateKey, export.State.Keys);
        Assert.Contains(ana.ConversationStateKey, export.State.Keys);
        Assert.Contains(StorageDirectLineStore.ConversationKey(ana.DirectLineConversationId!), export.State.Keys);
        Assert.Contains(StorageDirectLineStore.ActivityKey(ana.DirectLineConversationId!, 1), export.State.Keys);
        Assert.Equal(ana.ComplaintReference, (string?)Assert.Single(export.Handoffs)!["complaintReference"]);
        Assert.Equal(ana.Marker + " comment", (string?)Assert.Single(export.CheckIns)["comment"]);
        Assert.Equal("Europe/Ljubljana", (string?)Assert.Single(export.TimeZones)["time_zone"]);
        Assert.Contains(ana.ComplaintReference, (string?)Assert.Single(export.SupportNotifications)["payload"], StringComparison.Ordinal);
        var json = JsonSerializer.Serialize(export, PrivacyJson.Options);
        Assert.Contains(ana.Marker + " typed on web chat", json, StringComparison.Ordinal);
        Assert.Contains(ana.Marker + " user state", json, StringComparison.Ordinal);
        Assert.Contains("ana.horvat@example.com", json, StringComparison.Ordinal);
        Assert.DoesNotContain(bo.Marker, json, StringComparison.Ordinal);
        Assert.DoesNotContain(bo.UserId, json, StringComparison.Ordinal);
        Assert.DoesNotContain("bo.li@example.com", json, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task Export_ByEmail_FindsTheComplaintsFiledWithItFromEveryChannel()
    {
        var onWeb = await _host.SeedAsync("webchat", Marker("web"), "Mina.Park@example.com");
        var onTeams = await _host.SeedAsync("msteams", Marker("teams"), "mina.park@example.com");
        var other = await _host.SeedAsync("msteams", Marker("other"), "someone@example.com");

        var export = await Store.ExportAsync(new CustomerIdentity(null, null, " MINA.PARK@example.com "), CancellationToken.None);

        Assert.Equal(new[] { onWeb.ComplaintReference, onTeams.ComplaintReference }.Order(StringComparer.Ordinal), export.Complaints.Select(c => c.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(2, export.Identities.Count);
        Assert.Contains(onTeams.UserStateKey, export.State.Keys);
        Assert.DoesNotContain(other.Marker, JsonSerializer.Serialize(export, PrivacyJson.Options), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task Erase_RemovesThePersonalDataFromEveryTable_KeepsTheAnonymisedRecord_AndLeavesAnotherCustomerAlone()
    {
        var ana = await _host.SeedAsync("webchat", Marker("ana"), "ana.horvat@example.com");
        var bo = await _host.SeedAsync("msteams", Marker("bo"), "bo.li@example.com");

        var report = await Store.EraseAsync(new CustomerIdentity("webchat", ana.UserId, "ana.horvat@example.com"), CancellationToken.None);

        Assert.Equal(new ErasureReport(Complaints: 1, StateDocuments: 4, Handoffs: 1, CheckIns: 1), report);
        var tables = await _host.DatabaseTextAsync();
        Assert.DoesNotContain(ana.Marker, tables, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.UserId, tables, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.ConversationId, tables, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.DirectLineConversationId!, tables, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.horvat@example.com", tables, StringComparison.Ordinal);
        Assert.Contains(bo.Marker + " story", tables, StringComparison.Ordinal);
        Assert.Contains(bo.UserId, tables, StringComparison.Ordinal);
        Assert.Contains("bo.li@example.com", tables, StringComparison.Ordinal);
        Assert.Equal(2, await _host.CountAsync("SELECT COUNT(*) FROM complaints"));

        var kept = await _host.Get<IComplaintStore>().FindAsync(ana.ComplaintReference, CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal(ComplaintStatus.Resolved, kept.Status);
        Assert.Equal(ComplaintCategory.ProductFault, kept.Category);
        Assert.Equal(ComplaintPriority.High, kept.Priority);
        Assert.Equal(PrivacyHost.Start, kept.CreatedAt);
        Assert.Equal("webchat", kept.Customer.ChannelId);
        Assert.Null(kept.Customer.Email);
        Assert.Null(kept.Customer.Phone);
        Assert.Null(kept.Customer.Name);
        Assert.Empty(kept.Transcript);
        Assert.Empty(kept.Description);
        Assert.Null(kept.Resolution);

        Assert.Equal(ErasureReport.None, await Store.EraseAsync(new CustomerIdentity("webchat", ana.UserId, "ana.horvat@example.com"), CancellationToken.None));
        Assert.Empty(await _host.StateKeysAsync(ana.UserStateKey, ana.ConversationStateKey));
        Assert.Equal(2, (await _host.StateKeysAsync(bo.UserStateKey, bo.ConversationStateKey)).Count);
    }

    [StorageFact]
    public async Task Retention_ErasesWhatWasResolvedLongerAgoThanThePeriod_AndKeepsEverythingYounger()
    {
        var old = await _host.SeedAsync("msteams", Marker("old"), "old@example.com");
        var stillOpen = await _host.SeedAsync("msteams", Marker("open"), "open@example.com", ComplaintStatus.InProgress);
        _host.Time.Advance(TimeSpan.FromDays(200));
        var recent = await _host.SeedAsync("webchat", Marker("recent"), "recent@example.com");
        _host.Time.Advance(TimeSpan.FromDays(166));

        var report = await _host.Get<RetentionSweep>().RunAsync(CancellationToken.None);

        Assert.Equal(1, report.Complaints);
        Assert.Equal(2, report.Handoffs);
        var tables = await _host.DatabaseTextAsync();
        Assert.DoesNotContain(old.Marker, tables, StringComparison.Ordinal);
        Assert.DoesNotContain("old@example.com", tables, StringComparison.Ordinal);
        Assert.Contains(recent.Marker + " story", tables, StringComparison.Ordinal);
        Assert.Contains(recent.Marker + " typed on web chat", tables, StringComparison.Ordinal);
        Assert.Contains(stillOpen.Marker + " story", tables, StringComparison.Ordinal);
        Assert.Empty(await _host.StateKeysAsync(old.UserStateKey, old.ConversationStateKey, stillOpen.UserStateKey));
        Assert.Equal(2, (await _host.StateKeysAsync(recent.UserStateKey, recent.ConversationStateKey)).Count);
        Assert.Equal(ComplaintCategory.ProductFault, (await _host.Get<IComplaintStore>().FindAsync(old.ComplaintReference, CancellationToken.None))!.Category);

        Assert.Equal(ErasureReport.None, await _host.Get<RetentionSweep>().RunAsync(CancellationToken.None));
    }

    [StorageFact]
    public async Task The_privacy_command_exports_as_json_erases_and_refuses_an_incomplete_identity()
    {
        var ana = await _host.SeedAsync("webchat", Marker("ana"), "ana.horvat@example.com");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await PrivacyCommand.RunAsync(_host.Services, ["privacy", "export", "--channel", "webchat", "--user", ana.UserId], output, error));
        var export = JsonNode.Parse(output.ToString())!;
        Assert.Equal(ana.ComplaintReference, (string?)export["complaints"]![0]!["reference"]);
        Assert.Equal("Resolved", (string?)export["complaints"]![0]!["status"]);

        Assert.Equal(2, await PrivacyCommand.RunAsync(_host.Services, ["privacy", "erase", "--user", ana.UserId], output, error));
        Assert.Contains("both the channel id and the user id", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await PrivacyCommand.RunAsync(_host.Services, ["privacy", "forget", "--email", "x@example.com"], output, error));

        output.GetStringBuilder().Clear();
        Assert.Equal(0, await PrivacyCommand.RunAsync(_host.Services, ["privacy", "erase", "--email", "ana.horvat@example.com"], output, error));
        Assert.Equal(1, (int?)JsonNode.Parse(output.ToString())!["complaints"]);
        Assert.DoesNotContain(ana.Marker, await _host.DatabaseTextAsync(), StringComparison.Ordinal);
    }
}
