namespace ComplaintBot.CheckIns;

/// <summary>
/// Told about every change of a check-in's result (register any number; each registered listener is called):
/// every time an answer part is recorded — "is it solved?", the 1–5 rating, the optional comment — and when a
/// check-in ends without an answer, either expired after its reminder (<see cref="CheckInStatus.Unanswered"/>, or
/// <see cref="CheckInStatus.Answered"/> when only a part had come) or refused for good by the channel
/// (<see cref="CheckInStatus.Undeliverable"/>).
/// </summary>
/// <remarks>
/// The result is stored before listeners are called. A listener that throws is logged and the others are still
/// called; the answer is kept and the customer still gets the reply. A listener is not called again for the same
/// change, so one that must not miss a result keeps its own retry (or re-reads <see cref="ICheckInStore.ListResultsAsync"/>).
/// </remarks>
public interface ICheckInResultListener
{
    Task OnResultChangedAsync(CheckInResult result, CancellationToken cancellationToken);
}
