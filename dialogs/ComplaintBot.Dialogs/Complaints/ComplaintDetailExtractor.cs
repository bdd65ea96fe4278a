using System.Globalization;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Reads the particulars of a complaint out of what the customer typed, in English, Korean, Japanese, Chinese and
/// Slovenian (also mixed): order numbers, dates, amounts with currency, emails, phone numbers and products named with
/// a model. It takes only what is written — each detail carries its evidence — and never guesses. Used for the story
/// and, with <c>expecting</c>, for the answer to a question (where "12345" alone is the order number asked for).
/// </summary>
public sealed class ComplaintDetailExtractor
{
    /// <summary>Only this much of a message is read; a chat message is far shorter, a pasted document is not.</summary>
    public const int MaxTextLength = 10_000;

    private const char Taken = '\uE000';

    private readonly OrderNumberFinder _orderNumbers;
    private readonly TimeProvider _time;
    private readonly IReadOnlySet<string> _productNouns;

    public ComplaintDetailExtractor(IOptions<ComplaintDetailOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _orderNumbers = new OrderNumberFinder(ComplaintOptionsValidation.ThrowIfInvalid(options.Value).OrderNumberPattern);
        _time = time;
        _productNouns = ComplaintLexicon.Default.ProductNouns;
    }

    /// <param name="text">A message from the customer; only the first <see cref="MaxTextLength"/> characters are read.</param>
    /// <param name="language">The conversation's language when known; it decides whether "¥" is yuan (Chinese) or yen.</param>
    /// <param name="expecting">
    /// What the customer was just asked for: a bare order number, phone number or amount then counts, and an answer to
    /// "which product" or "when" with no recognisable product or date is taken as the customer's words.
    /// </param>
    /// <returns>The details in the order they appear; an overlap goes to the more specific kind (email, order, date,
    /// amount, phone, product).</returns>
    public ExtractedDetails Extract(string text, CultureInfo? language = null, DetailKind? expecting = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ComplaintText.Normalize(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        var working = normalized.ToCharArray();
        var found = new List<ExtractedDetail>();
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var yenMeansYuan = language?.TwoLetterISOLanguageName == "zh";

        Take(EmailMentionFinder.Find(new string(working)));
        Take(_orderNumbers.Find(new string(working), expecting == DetailKind.OrderNumber));
        Take(DateMentionFinder.Find(new string(working), today));
        Take(AmountMentionFinder.Find(new string(working), yenMeansYuan));
        Take(PhoneMentionFinder.Find(new string(working), expecting == DetailKind.Phone));
        Take(ProductMentionFinder.Find(new string(working), _productNouns));

        if (expecting is { } kind && !found.Any(d => d.Kind == kind) && WholeAnswer(normalized, kind) is { } answer)
        {
            found.Add(answer);
        }

        return found.Count == 0 ? ExtractedDetails.None : new ExtractedDetails([.. found.OrderBy(d => d.Index)]);

        // Accepts the candidates that touch nothing taken before (by an earlier finder or an earlier candidate), then
        // masks them out so later finders cannot read the same characters again.
        void Take(IEnumerable<ExtractedDetail> candidates)
        {
            foreach (var candidate in candidates)
            {
                var span = working.AsSpan(candidate.Index, candidate.Evidence.Length);
                if (!span.Contains(Taken))
                {
                    span.Fill(Taken);
                    found.Add(candidate);
                }
            }
        }
    }

    /// <summary>The whole answer as the customer's words for a question whose answer is free text.</summary>
    private static ExtractedDetail? WholeAnswer(string normalized, DetailKind kind)
    {
        var trimmed = normalized.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200 || kind is not (DetailKind.Product or DetailKind.Date))
        {
            return null;
        }

        return new ExtractedDetail(kind, trimmed, trimmed, normalized.IndexOf(trimmed, StringComparison.Ordinal));
    }
}
