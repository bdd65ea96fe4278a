namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// What the company knows about a customer when a complaint comes in: VIP, frequent contacter, and their earlier
/// complaints (newest first), so the bot can acknowledge history instead of asking again.
/// </summary>
/// <param name="IsVip">On the VIP list by account id or email domain.</param>
/// <param name="IsFrequentContacter">At least the configured number of complaints within the window.</param>
/// <param name="RecentComplaintCount">Earlier complaints within the window.</param>
/// <param name="EarlierComplaints">Every earlier complaint read, newest first.</param>
public sealed record CustomerProfile(bool IsVip, bool IsFrequentContacter, int RecentComplaintCount, IReadOnlyList<Complaint> EarlierComplaints)
{
    public static CustomerProfile New { get; } = new(false, false, 0, []);

    public bool HasContactedBefore => EarlierComplaints.Count > 0;

    /// <summary>
    /// Earlier complaints about the same matter, newest first: the same order number or product, or the same category
    /// and not yet closed. Non-empty means "I can see you have contacted us about this before" (HistoryAcknowledged).
    /// </summary>
    public IReadOnlyList<Complaint> AboutTheSame(ComplaintCategory category, ComplaintFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. EarlierComplaints.Where(c =>
            Same(c.Facts.OrderNumber, facts.OrderNumber)
            || Same(c.Facts.Product, facts.Product)
            || (category != ComplaintCategory.Other && c.Category == category && c.Status != ComplaintStatus.Closed))];
    }

    private static bool Same(string? earlier, string? now)
        => !string.IsNullOrWhiteSpace(earlier) && !string.IsNullOrWhiteSpace(now)
            && string.Equals(earlier.Trim(), now.Trim(), StringComparison.OrdinalIgnoreCase);
}
