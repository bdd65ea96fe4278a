namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Everything the extractor found in one message, in the order it appears.</summary>
public sealed record ExtractedDetails(IReadOnlyList<ExtractedDetail> All)
{
    public static ExtractedDetails None { get; } = new([]);

    public bool IsEmpty => All.Count == 0;

    /// <summary>The first detail of a kind, or null.</summary>
    public ExtractedDetail? First(DetailKind kind) => All.FirstOrDefault(d => d.Kind == kind);

    public IEnumerable<ExtractedDetail> OfKind(DetailKind kind) => All.Where(d => d.Kind == kind);

    /// <summary>
    /// The facts with every still-empty particular filled from this message (order number, product, when, amount);
    /// what was already known is kept, never overwritten.
    /// </summary>
    public ComplaintFacts ApplyTo(ComplaintFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts with
        {
            OrderNumber = facts.OrderNumber ?? First(DetailKind.OrderNumber)?.Value,
            Product = facts.Product ?? First(DetailKind.Product)?.Value,
            When = facts.When ?? First(DetailKind.Date)?.Value,
            Amount = facts.Amount ?? First(DetailKind.Amount)?.Value,
        };
    }

    /// <summary>The customer with a still-empty email or phone filled from this message; known values are kept.</summary>
    public Customer ApplyTo(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer with
        {
            Email = customer.Email ?? First(DetailKind.Email)?.Value,
            Phone = customer.Phone ?? First(DetailKind.Phone)?.Value,
        };
    }
}
