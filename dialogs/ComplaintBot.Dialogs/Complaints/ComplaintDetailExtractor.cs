using System.Globalization;
using System.Text;
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

    /// <param name="text">A message from the customer.</param>
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
        var normalized = ComplaintText.Normalize(text);
        var working = new StringBuilder(normalized);
        var found = new List<ExtractedDetail>();
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var yenMeansYuan = language?.TwoLetterISOLanguageName == "zh";

        Take(EmailMentionFinder.Find(working.ToString()));
        Take(_orderNumbers.Find(working.ToString(), expecting == DetailKind.OrderNumber));
        Take(DateMentionFinder.Find(working.ToString(), today));
        Take(AmountMentionFinder.Find(working.ToString(), yenMeansYuan));
        Take(PhoneMentionFinder.Find(working.ToString(), expecting == DetailKind.Phone));
        Take(ProductMentionFinder.Find(working.ToString(), _productNouns));

        if (expecting is { } kind && !found.Any(d => d.Kind == kind) && WholeAnswer(normalized, kind) is { } answer)
        {
            found.Add(answer);
        }

        return found.Count == 0 ? ExtractedDetails.None : new ExtractedDetails([.. found.OrderBy(d => d.Index)]);

        void Take(IEnumerable<ExtractedDetail> candidates)
        {
            var accepted = new List<ExtractedDetail>();
            foreach (var candidate in candidates)
            {
                var span = working.ToString(candidate.Index, candidate.Evidence.Length);
                if (!span.Contains(Taken, StringComparison.Ordinal) && !accepted.Any(a => Overlaps(a, candidate)))
                {
                    accepted.Add(candidate);
                }
            }

            foreach (var detail in accepted)
            {
                working.Remove(detail.Index, detail.Evidence.Length).Insert(detail.Index, new string(Taken, detail.Evidence.Length));
            }

            found.AddRange(accepted);
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

    private static bool Overlaps(ExtractedDetail a, ExtractedDetail b)
        => a.Index < b.Index + b.Evidence.Length && b.Index < a.Index + a.Evidence.Length;
}
