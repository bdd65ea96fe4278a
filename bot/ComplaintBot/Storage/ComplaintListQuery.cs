using System.Data.Common;
using System.Text;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Storage;

/// <summary>The complaint list both providers run: each filter as a parameter, newest first, at most the limit.</summary>
internal static class ComplaintListQuery
{
    /// <param name="timestamp">How the provider stores a point in time (a UTC value, or SQLite's sortable text).</param>
    public static async Task<IReadOnlyList<Complaint>> RunAsync(
        DbCommand command, ComplaintQuery query, Func<DateTimeOffset, object> timestamp, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("SELECT document, version FROM complaints WHERE 1 = 1");
        if (query.Status is { } status)
        {
            sql.Append(" AND status = @status");
            command.AddParameter("@status", status.ToString());
        }

        if (query.Category is { } category)
        {
            sql.Append(" AND category = @category");
            command.AddParameter("@category", category.ToString());
        }

        if (query.Customer is var (channelId, userId))
        {
            sql.Append(" AND channel_id = @channel_id AND user_id = @user_id");
            command.AddParameter("@channel_id", channelId);
            command.AddParameter("@user_id", userId);
        }

        if (query.CreatedSince is { } since)
        {
            sql.Append(" AND created_at >= @since");
            command.AddParameter("@since", timestamp(since));
        }

        sql.Append(" ORDER BY created_at DESC, reference DESC LIMIT @limit");
        command.AddParameter("@limit", query.Limit);
        command.CommandText = sql.ToString();
        var complaints = new List<Complaint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            complaints.Add(ComplaintDocument.Deserialize(reader.GetString(0), reader.GetInt32(1)));
        }

        return complaints;
    }
}
