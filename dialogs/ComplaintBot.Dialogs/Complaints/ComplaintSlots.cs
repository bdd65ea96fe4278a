namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Reads and fills a <see cref="ComplaintSlot"/> on the facts and the customer.</summary>
public static class ComplaintSlots
{
    /// <summary>Whether the slot already holds an answer.</summary>
    public static bool IsKnown(ComplaintSlot slot, ComplaintFacts facts, Customer? customer = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return !string.IsNullOrWhiteSpace(slot switch
        {
            ComplaintSlot.Product => facts.Product,
            ComplaintSlot.When => facts.When,
            ComplaintSlot.AlreadyTried => facts.AlreadyTried,
            ComplaintSlot.Amount => facts.Amount,
            ComplaintSlot.Charge => facts.Charge,
            ComplaintSlot.OrderNumber => facts.OrderNumber,
            ComplaintSlot.PromisedDate => facts.PromisedDate,
            ComplaintSlot.WhereAndWhat => facts.WhereAndWhat,
            ComplaintSlot.ErrorMessage => facts.ErrorMessage,
            ComplaintSlot.Example => facts.Example,
            ComplaintSlot.AccountId => customer?.AccountId,
            _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "Unknown slot."),
        });
    }

    /// <summary>
    /// The facts with the slot set to <paramref name="answer"/> (trimmed). <see cref="ComplaintSlot.AccountId"/> lives on
    /// the customer: use <see cref="Fill(ComplaintSlot, Customer, string)"/>.
    /// </summary>
    public static ComplaintFacts Fill(ComplaintSlot slot, ComplaintFacts facts, string answer)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var value = Checked(answer);
        return slot switch
        {
            ComplaintSlot.Product => facts with { Product = value },
            ComplaintSlot.When => facts with { When = value },
            ComplaintSlot.AlreadyTried => facts with { AlreadyTried = value },
            ComplaintSlot.Amount => facts with { Amount = value },
            ComplaintSlot.Charge => facts with { Charge = value },
            ComplaintSlot.OrderNumber => facts with { OrderNumber = value },
            ComplaintSlot.PromisedDate => facts with { PromisedDate = value },
            ComplaintSlot.WhereAndWhat => facts with { WhereAndWhat = value },
            ComplaintSlot.ErrorMessage => facts with { ErrorMessage = value },
            ComplaintSlot.Example => facts with { Example = value },
            ComplaintSlot.AccountId => throw new ArgumentException("The account id is kept on the customer.", nameof(slot)),
            _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "Unknown slot."),
        };
    }

    /// <summary>The customer with the account id set; only <see cref="ComplaintSlot.AccountId"/> lives on the customer.</summary>
    public static Customer Fill(ComplaintSlot slot, Customer customer, string answer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return slot == ComplaintSlot.AccountId
            ? customer with { AccountId = Checked(answer) }
            : throw new ArgumentException($"{slot} is kept on the complaint facts.", nameof(slot));
    }

    private static string Checked(string answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        return answer.Trim();
    }
}
