namespace ComplaintBot.Dialogs.Complaints;

/// <summary>One phrase found by a <see cref="PhraseMatcher"/>: its key (a category or resolution name), where, and how long.</summary>
internal sealed record PhraseMatch(string Key, int Index, int Length)
{
    public int End => Index + Length;
}
