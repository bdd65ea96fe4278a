namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// The particulars of a complaint, each found in the customer's own words or asked for once. A value that is set
/// is never asked for again.
/// </summary>
public sealed record ComplaintFacts
{
    public string? OrderNumber { get; init; }

    /// <summary>The product or service, with its model when known.</summary>
    public string? Product { get; init; }

    /// <summary>When it happened or started, as the customer put it (or a date found in the text).</summary>
    public string? When { get; init; }

    /// <summary>An amount of money with its currency, as the customer wrote it (e.g. "€49.90").</summary>
    public string? Amount { get; init; }

    /// <summary>For billing: which charge is in question.</summary>
    public string? Charge { get; init; }

    /// <summary>For delivery: the date that was promised.</summary>
    public string? PromisedDate { get; init; }

    /// <summary>For a fault: what the customer already tried.</summary>
    public string? AlreadyTried { get; init; }

    /// <summary>For account or technical problems: the error message seen.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>For service or staff: where and when it happened and what was said.</summary>
    public string? WhereAndWhat { get; init; }

    /// <summary>An example the customer gave when the story was vague.</summary>
    public string? Example { get; init; }
}
