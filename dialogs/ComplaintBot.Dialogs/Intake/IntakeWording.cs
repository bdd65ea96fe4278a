using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// The sentences the intake builds from what it learnt: the restatement, the specific apology and the filing
/// message. All in the current UI culture, from the resource files.
/// </summary>
public static class IntakeWording
{
    private const int SummaryLength = 160;

    /// <summary>"Let me check I've understood. This is about a delivery: “…”. Details I noted: order 123. Is that right?"</summary>
    public static string Restatement(ComplaintDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var summary = string.Format(CultureInfo.CurrentCulture, BotMessages.RestateSummary, CategoryPhrase(draft.Category), Summarise(draft.StoryText));
        var details = DetailList(draft.Facts);
        if (details.Count > 0)
        {
            summary = Sentences.Join(
                CultureInfo.CurrentCulture,
                summary,
                string.Format(CultureInfo.CurrentCulture, BotMessages.RestateDetails, string.Join(BotMessages.ListSeparator, details)));
        }

        return string.Format(CultureInfo.CurrentCulture, BotMessages.Restate, summary);
    }

    /// <summary>An apology that names the product, the order or the kind of problem, never a generic one.</summary>
    public static string Apology(ComplaintCategory category, ComplaintFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return category switch
        {
            ComplaintCategory.ProductFault => string.Format(CultureInfo.CurrentCulture, BotMessages.ApologyProductFault, facts.Product ?? BotMessages.ProductFallback),
            ComplaintCategory.Delivery => string.Format(
                CultureInfo.CurrentCulture,
                BotMessages.ApologyDelivery,
                facts.OrderNumber is null ? string.Empty : string.Format(CultureInfo.CurrentCulture, BotMessages.OrderInline, facts.OrderNumber)),
            ComplaintCategory.Billing => BotMessages.ApologyBilling,
            ComplaintCategory.ServiceOrStaff => BotMessages.ApologyServiceOrStaff,
            ComplaintCategory.AccountOrTechnical => BotMessages.ApologyAccountOrTechnical,
            _ => BotMessages.ApologyOther,
        };
    }

    /// <summary>The reference, what happens next, the deadline and how they will hear back, the check-in promise and thanks.</summary>
    public static IReadOnlyList<string> Filing(Complaint complaint, TimeZoneInfo customerTimeZone)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(customerTimeZone);
        var route = complaint.ContactRoute switch
        {
            ContactRoute.Email => string.Format(CultureInfo.CurrentCulture, BotMessages.RouteEmail, complaint.Customer.Email),
            ContactRoute.Phone => string.Format(CultureInfo.CurrentCulture, BotMessages.RoutePhone, complaint.Customer.Phone),
            _ => BotMessages.RouteChat,
        };
        return
        [
            Apology(complaint.Category, complaint.Facts),
            Sentences.Join(CultureInfo.CurrentCulture, string.Format(CultureInfo.CurrentCulture, BotMessages.Filed, complaint.Reference), NextStep(complaint.DesiredResolution)),
            string.Format(CultureInfo.CurrentCulture, BotMessages.Deadline, Deadline(complaint.Deadline, customerTimeZone, CultureInfo.CurrentCulture), route),
            Sentences.Join(CultureInfo.CurrentCulture, BotMessages.FollowUpPromise, BotMessages.Thanks),
        ];
    }

    /// <summary>A deadline as every message words it: in the customer's time zone, as a full date and time in their language.</summary>
    public static string Deadline(DateTimeOffset deadline, TimeZoneInfo customerTimeZone, CultureInfo culture)
        => TimeZoneInfo.ConvertTime(deadline, customerTimeZone).ToString("f", culture);

    public static string CategoryPhrase(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ProductFault => BotMessages.CategoryProductFault,
        ComplaintCategory.Delivery => BotMessages.CategoryDelivery,
        ComplaintCategory.Billing => BotMessages.CategoryBilling,
        ComplaintCategory.ServiceOrStaff => BotMessages.CategoryServiceOrStaff,
        ComplaintCategory.AccountOrTechnical => BotMessages.CategoryAccountOrTechnical,
        _ => BotMessages.CategoryOther,
    };

    public static string StatusPhrase(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Escalated => BotMessages.StatusEscalated,
        ComplaintStatus.InProgress => BotMessages.StatusInProgress,
        ComplaintStatus.Resolved => BotMessages.StatusResolved,
        ComplaintStatus.Closed => BotMessages.StatusClosed,
        ComplaintStatus.Reopened => BotMessages.StatusReopened,
        _ => BotMessages.StatusOpen,
    };

    public static string NextStep(DesiredResolution resolution) => resolution switch
    {
        DesiredResolution.Refund => BotMessages.NextRefund,
        DesiredResolution.Replacement => BotMessages.NextReplacement,
        DesiredResolution.Exchange => BotMessages.NextExchange,
        DesiredResolution.StoreCredit => BotMessages.NextStoreCredit,
        DesiredResolution.Discount => BotMessages.NextDiscount,
        DesiredResolution.Repair => BotMessages.NextRepair,
        DesiredResolution.ExplanationOrApology => BotMessages.NextExplanationOrApology,
        _ => BotMessages.NextOther,
    };

    /// <summary>
    /// The story's first sentence or so, in the customer's words, shortened on a word boundary. Its closing full stop
    /// is left to the sentence that quotes it, so the two do not stand side by side (“… order 48213”.).
    /// </summary>
    private static string Summarise(string story)
    {
        var flat = string.Join(' ', story.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .TrimEnd('.', '。', '．');
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength);
        return string.Concat(flat.AsSpan(0, cut > SummaryLength / 2 ? cut : SummaryLength), "…");
    }

    private static List<string> DetailList(ComplaintFacts facts)
    {
        var details = new List<string>();
        Add(details, BotMessages.DetailProduct, facts.Product);
        Add(details, BotMessages.DetailOrder, facts.OrderNumber);
        Add(details, BotMessages.DetailWhen, facts.When);
        Add(details, BotMessages.DetailAmount, facts.Amount);
        return details;
    }

    private static void Add(List<string> details, string format, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            details.Add(string.Format(CultureInfo.CurrentCulture, format, value));
        }
    }
}
