namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Where complaints live (SQLite or PostgreSQL in the host; a fake in unit tests).</summary>
public interface IComplaintStore
{
    /// <summary>Writes a new complaint durably; returns it with its first version.</summary>
    /// <exception cref="ComplaintReferenceTakenException">The reference is already taken; nothing was written.</exception>
    Task<Complaint> AddAsync(Complaint complaint, CancellationToken cancellationToken);

    Task<Complaint?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Replaces a complaint if nobody changed it since it was read; returns it with its new version.</summary>
    /// <exception cref="Protocol.State.StorageConcurrencyException">The stored version differs from <see cref="Complaint.Version"/>.</exception>
    Task<Complaint> UpdateAsync(Complaint complaint, CancellationToken cancellationToken);

    Task<IReadOnlyList<Complaint>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken);
}
