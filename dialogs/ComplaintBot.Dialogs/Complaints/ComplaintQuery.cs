namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Which complaints to list, newest first. Unset filters match everything.</summary>
public sealed record ComplaintQuery
{
    public ComplaintStatus? Status { get; init; }

    public ComplaintCategory? Category { get; init; }

    /// <summary>Only one customer's complaints (channel id and user id).</summary>
    public (string ChannelId, string UserId)? Customer { get; init; }

    public DateTimeOffset? CreatedSince { get; init; }

    public int Limit { get; init; } = 100;
}
