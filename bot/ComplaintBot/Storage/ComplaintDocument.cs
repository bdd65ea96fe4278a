using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Storage;

/// <summary>
/// A complaint as both stores keep it: the whole record as JSON (the protocol's options, enums by name, text
/// unescaped so a database console shows it readably), with its version kept in a column beside it.
/// </summary>
public static class ComplaintDocument
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Complaint complaint) => JsonSerializer.Serialize(complaint, Options);

    /// <summary>Reads a stored document; the version column is the truth about the version.</summary>
    public static Complaint Deserialize(string json, int version) =>
        (JsonSerializer.Deserialize<Complaint>(json, Options)
            ?? throw new JsonException("A stored complaint document is null.")) with { Version = version };

    /// <summary>Checks a query before it reaches a database.</summary>
    public static void Validate(ComplaintQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit, nameof(query));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ProtocolJson.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
