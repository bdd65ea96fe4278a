namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// The category read from the customer's words, how sure the reading is, and the words it rests on. When
/// <see cref="IsUnsure"/> the dialog asks with buttons (offering <see cref="Candidates"/> first); otherwise it uses
/// <see cref="Category"/> without asking.
/// </summary>
/// <param name="Category">The best reading; <see cref="ComplaintCategory.Other"/> when nothing matched.</param>
/// <param name="Confidence">0 (nothing matched) to 1 (several phrases, all of one category).</param>
/// <param name="IsUnsure">Nothing matched, or another category has at least half the weight of the best one.</param>
/// <param name="Candidates">Every category with a match, best first.</param>
/// <param name="Evidence">The phrases read, as they stand in the normalised text, in text order.</param>
public sealed record CategoryGuess(
    ComplaintCategory Category,
    double Confidence,
    bool IsUnsure,
    IReadOnlyList<ComplaintCategory> Candidates,
    IReadOnlyList<string> Evidence);
