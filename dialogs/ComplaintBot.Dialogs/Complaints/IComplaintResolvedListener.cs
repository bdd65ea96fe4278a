namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Told once a person has resolved a complaint (it is already stored as <see cref="ComplaintStatus.Resolved"/> and the
/// customer has been told what was done); the follow-up check-in starts from here. A listener's failure is logged and
/// does not undo the resolution.
/// </summary>
public interface IComplaintResolvedListener
{
    Task OnResolvedAsync(Complaint complaint, CancellationToken cancellationToken);
}
