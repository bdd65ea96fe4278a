using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Chooses the clarifying questions still needed for a complaint (the MissingDetails rule): the questions of its
/// category in order — faulty product: model, when it started, what was tried; delivery: order number, promised date;
/// billing: amount, charge date, which charge; service: when and where, what happened; account: account id, error
/// message — preceded by "Could you give me an example?" when the story is vague. A question whose answer is known, or
/// that was already asked, is never planned, and there are at most <see cref="ClarifyingQuestionOptions.MaxQuestions"/>.
/// </summary>
public sealed class ClarifyingQuestionPlanner
{
    private static readonly Dictionary<ClarifyingQuestion, PlannedQuestion> Questions = new PlannedQuestion[]
    {
        new(ClarifyingQuestion.Product, ComplaintSlot.Product, DetailKind.Product),
        new(ClarifyingQuestion.WhenStarted, ComplaintSlot.When, DetailKind.Date),
        new(ClarifyingQuestion.AlreadyTried, ComplaintSlot.AlreadyTried, null),
        new(ClarifyingQuestion.Amount, ComplaintSlot.Amount, DetailKind.Amount),
        new(ClarifyingQuestion.ChargeDate, ComplaintSlot.When, DetailKind.Date),
        new(ClarifyingQuestion.WhichCharge, ComplaintSlot.Charge, null),
        new(ClarifyingQuestion.OrderNumber, ComplaintSlot.OrderNumber, DetailKind.OrderNumber),
        new(ClarifyingQuestion.PromisedDate, ComplaintSlot.PromisedDate, DetailKind.Date),
        new(ClarifyingQuestion.WhenWhere, ComplaintSlot.When, DetailKind.Date),
        new(ClarifyingQuestion.WhatHappened, ComplaintSlot.WhereAndWhat, null),
        new(ClarifyingQuestion.Account, ComplaintSlot.AccountId, null),
        new(ClarifyingQuestion.ErrorMessage, ComplaintSlot.ErrorMessage, null),
        new(ClarifyingQuestion.Example, ComplaintSlot.Example, null),
    }.ToDictionary(q => q.Question);

    private readonly ClarifyingQuestionOptions _options;

    public ClarifyingQuestionPlanner(IOptions<ClarifyingQuestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
    }

    /// <summary>The question, where its answer goes and what to expect in it.</summary>
    public static PlannedQuestion Describe(ClarifyingQuestion question) => Questions[question];

    /// <summary>The questions of a category, in the order they are asked.</summary>
    public static IReadOnlyList<ClarifyingQuestion> ForCategory(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ProductFault => [ClarifyingQuestion.Product, ClarifyingQuestion.WhenStarted, ClarifyingQuestion.AlreadyTried],
        ComplaintCategory.Delivery => [ClarifyingQuestion.OrderNumber, ClarifyingQuestion.PromisedDate],
        ComplaintCategory.Billing => [ClarifyingQuestion.Amount, ClarifyingQuestion.ChargeDate, ClarifyingQuestion.WhichCharge],
        ComplaintCategory.ServiceOrStaff => [ClarifyingQuestion.WhenWhere, ClarifyingQuestion.WhatHappened],
        ComplaintCategory.AccountOrTechnical => [ClarifyingQuestion.Account, ClarifyingQuestion.ErrorMessage],
        _ => [ClarifyingQuestion.WhatHappened],
    };

    /// <summary>
    /// The questions still to ask, in order. Ask the first, put the answer in its slot (<see cref="ComplaintSlots"/>),
    /// then plan again with the question in <paramref name="alreadyAsked"/> — so an answer that also gave other details
    /// (read by the extractor) removes their questions too.
    /// </summary>
    /// <param name="category">The confirmed category.</param>
    /// <param name="facts">Everything known so far.</param>
    /// <param name="isVague">The story is short and without specifics (see <see cref="IsVague"/>).</param>
    /// <param name="customer">The customer, for the account id.</param>
    /// <param name="alreadyAsked">Questions asked earlier in this complaint (never asked again; they count towards the limit).</param>
    public IReadOnlyList<PlannedQuestion> Plan(
        ComplaintCategory category,
        ComplaintFacts facts,
        bool isVague,
        Customer? customer = null,
        IReadOnlyCollection<ClarifyingQuestion>? alreadyAsked = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        alreadyAsked ??= [];
        var candidates = isVague ? ForCategory(category).Prepend(ClarifyingQuestion.Example) : ForCategory(category);
        var budget = Math.Max(0, _options.MaxQuestions - alreadyAsked.Count);
        return [.. candidates
            .Distinct()
            .Where(q => !alreadyAsked.Contains(q))
            .Select(Describe)
            .Where(q => !ComplaintSlots.IsKnown(q.Fills, facts, customer))
            .Take(budget)];
    }

    /// <summary>
    /// Whether a story is vague: short — fewer than <see cref="ClarifyingQuestionOptions.MinWords"/> words, or for
    /// Chinese, Japanese and Korean fewer than <see cref="ClarifyingQuestionOptions.MinCjkCharacters"/> letters — and
    /// without details. <paramref name="detailsOf"/> reads the story's details, and is called only for a short story.
    /// </summary>
    public bool IsVague(string story, Func<string, ExtractedDetails> detailsOf)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(detailsOf);
        var cjkLetters = story.Count(IsCjk);
        var words = story.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        var isShort = cjkLetters > 0 && cjkLetters * 2 >= story.Count(char.IsLetter)
            ? cjkLetters < _options.MinCjkCharacters
            : words < _options.MinWords;
        return isShort && detailsOf(story).IsEmpty;
    }

    private static bool IsCjk(char c)
        => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF');
}
