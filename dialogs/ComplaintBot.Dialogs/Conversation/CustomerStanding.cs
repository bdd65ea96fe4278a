namespace ComplaintBot.Dialogs.Conversation;

/// <summary>Who the customer is to the company: a VIP, a frequent contacter, and their earlier complaints.</summary>
public sealed record CustomerStanding(bool IsVip, bool IsFrequentContacter, IReadOnlyList<string> EarlierReferences)
{
    public static CustomerStanding Newcomer { get; } = new(false, false, []);
}
