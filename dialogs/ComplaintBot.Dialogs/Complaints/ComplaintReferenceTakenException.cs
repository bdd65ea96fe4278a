namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A complaint store refused to add a complaint because another one already has its reference (two filings drew the
/// same one); nothing was written, and the filing can draw again.
/// </summary>
public sealed class ComplaintReferenceTakenException(string reference)
    : InvalidOperationException($"A complaint with reference '{reference}' already exists.")
{
    public string Reference { get; } = reference;
}
