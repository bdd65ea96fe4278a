namespace ComplaintBot.Dialogs.Complaints;

/// <summary>The stable reason codes stored in <see cref="Complaint.PriorityReasons"/>.</summary>
public static class PriorityReasons
{
    public const string UrgentHarm = "urgent-harm";
    public const string Vip = "vip";
    public const string Frequent = "frequent";
    public const string Escalated = "escalated";

    /// <summary>The category is one configured to be handled sooner, e.g. "category:billing".</summary>
    public static string Category(ComplaintCategory category) => "category:" + category switch
    {
        ComplaintCategory.ProductFault => "product-fault",
        ComplaintCategory.Delivery => "delivery",
        ComplaintCategory.Billing => "billing",
        ComplaintCategory.ServiceOrStaff => "service-or-staff",
        ComplaintCategory.AccountOrTechnical => "account-or-technical",
        _ => "other",
    };
}
