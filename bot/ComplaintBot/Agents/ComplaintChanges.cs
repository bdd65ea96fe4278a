using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.Agents;

/// <summary>Read-change-write on a complaint, read again and retried when another writer (the dialogs, another agent) got there first.</summary>
public static class ComplaintChanges
{
    private const int Attempts = 5;

    /// <summary>Applies <paramref name="change"/> to the stored complaint; null when there is no such complaint.</summary>
    public static async Task<Complaint?> ChangeAsync(this IComplaintStore store, string reference, Func<Complaint, Complaint> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var complaint = await store.FindAsync(reference, cancellationToken);
            if (complaint is null)
            {
                return null;
            }

            try
            {
                return await store.UpdateAsync(change(complaint), cancellationToken);
            }
            catch (StorageConcurrencyException) when (attempt < Attempts)
            {
                // Someone else changed it in between: read it again and reapply.
            }
        }
    }
}
