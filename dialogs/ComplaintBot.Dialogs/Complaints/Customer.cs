namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Who filed the complaint: the channel's identity of the user, and the contact details they gave.</summary>
public sealed record Customer(string ChannelId, string UserId)
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>The customer's account id with the company, when they gave one (also used for the VIP list).</summary>
    public string? AccountId { get; init; }
}
