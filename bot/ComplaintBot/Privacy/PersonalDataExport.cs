using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Privacy;

/// <summary>Everything the bot holds about one customer (right of access), as written out by <c>privacy export</c>.</summary>
/// <param name="Identities">The channel identities found for the customer.</param>
/// <param name="State">Turn state and Direct Line documents by storage key (the user's settings, each conversation's state, each web chat message).</param>
/// <param name="Handoffs">The handoff tickets of the customer's complaints.</param>
/// <param name="CheckIns">The satisfaction check-ins of the customer's complaints (rating, comment…), column by column.</param>
/// <param name="TimeZones">The time zone each of the customer's conversations reported.</param>
/// <param name="SupportNotifications">The support team notifications about the customer's complaints (they may quote the comment).</param>
public sealed record PersonalDataExport(
    CustomerIdentity Request,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ChannelUser> Identities,
    IReadOnlyList<Complaint> Complaints,
    IReadOnlyDictionary<string, JsonNode?> State,
    IReadOnlyList<JsonNode?> Handoffs,
    IReadOnlyList<JsonObject> CheckIns,
    IReadOnlyList<JsonObject> TimeZones,
    IReadOnlyList<JsonObject> SupportNotifications);
