namespace ComplaintBot.CheckIns;

public static class CheckInStoreExtensions
{
    /// <summary>Records one held check-in as delivered (see <see cref="ICheckInStore.MarkSentAsync"/>); false when the lease was lost.</summary>
    public static async Task<bool> MarkSentAsync(this ICheckInStore store, string id, string owner, DateTimeOffset sentAt, DateTimeOffset reminderDueAt, DateTimeOffset answerEndsAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.MarkSentAsync(owner, [new SentCheckIn(id, sentAt, reminderDueAt, answerEndsAt)], cancellationToken) == 1;
    }
}
