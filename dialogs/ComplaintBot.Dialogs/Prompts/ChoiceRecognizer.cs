using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Finds which of a list of choices a typed answer names: first the whole answer equal to a label, value or synonym;
/// then the choice's number ("2", "#2", "2번", "2番", "第2个"); then the one choice whose term occurs in the answer
/// ("I'd like a refund, please"). Ambiguous answers name no choice.
/// </summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var input = InputText.Normalize(text);
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var terms = choices.Select(Terms).ToArray();
        return WholeAnswer(input, choices, terms) ?? Numbered(input, choices) ?? MostSpecificMention(input, choices, terms);
    }

    /// <summary>
    /// Like <see cref="Recognize"/> without numbers: for words that may come up in any message, such as "help" or
    /// "I'd like to talk to a person", where "2" is not a choice.
    /// </summary>
    public static FoundChoice? FindMentioned(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var input = InputText.Normalize(text);
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var terms = choices.Select(Terms).ToArray();
        return WholeAnswer(input, choices, terms) ?? MostSpecificMention(input, choices, terms);
    }

    private static FoundChoice? WholeAnswer(string input, IReadOnlyList<Choice> choices, HashSet<string>[] terms)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (terms[i].Contains(input))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    private static FoundChoice? Numbered(string input, IReadOnlyList<Choice> choices)
        => NumberedAnswer().Match(input) is { Success: true } numbered
            && int.TryParse(numbered.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count
                ? new FoundChoice(choices[number - 1].Value, number - 1)
                : null;

    /// <summary>
    /// The choice mentioned in the answer; when several are, the one whose mention contains the others' ("store credit"
    /// over "credit"). Two separate mentions ("a refund or a voucher") are ambiguous.
    /// </summary>
    private static FoundChoice? MostSpecificMention(string input, IReadOnlyList<Choice> choices, HashSet<string>[] terms)
    {
        var mentions = new List<(int Choice, int Start, int End)>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (InputText.LongestOccurrence(input, terms[i]) is { } range)
            {
                mentions.Add((i, range.Start.Value, range.End.Value));
            }
        }

        if (mentions.Count == 0)
        {
            return null;
        }

        var widest = mentions.MaxBy(mention => mention.End - mention.Start);
        var containsTheOthers = mentions.All(mention => mention.Start >= widest.Start && mention.End <= widest.End);
        return containsTheOthers ? new FoundChoice(choices[widest.Choice].Value, widest.Choice) : null;
    }

    private static HashSet<string> Terms(Choice choice)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal) { InputText.Normalize(choice.Value), InputText.Normalize(choice.Label) };
        terms.UnionWith(choice.Synonyms.Select(InputText.Normalize));
        terms.Remove(string.Empty);
        return terms;
    }

    [GeneratedRegex(@"^(?:#|no\.? ?|št\.? ?|第)?(?<number>\d{1,2})(?: ?(?:번|번째|番|番目|个|個|号|號))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedAnswer();
}
