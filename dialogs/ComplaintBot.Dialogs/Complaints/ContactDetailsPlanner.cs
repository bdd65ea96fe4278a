namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Which contact details are still missing — name, an email or phone number, an order or account number — given what
/// the channel and earlier answers gave. Teams gives the user's real name; Web Chat's name is used only when it is not
/// a placeholder. A detail the customer declined ("no order number") is not asked again.
/// </summary>
public static class ContactDetailsPlanner
{
    private static readonly HashSet<string> PlaceholderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "user", "you", "guest", "anonymous", "visitor", "customer", "webchat", "web chat", "me",
    };

    /// <summary>
    /// The customer's name as the channel gave it, or null when it is no real name: Teams' name is always used;
    /// elsewhere a blank, a placeholder ("User", "Guest"), the user id or an id-like value is not.
    /// </summary>
    public static string? NameFromChannel(string channelId, string userId, string? channelName)
    {
        var name = channelName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        var idLike = Guid.TryParse(name, out _) || name.Count(char.IsAsciiDigit) * 2 > name.Length
            || string.Equals(name, userId, StringComparison.Ordinal)
            || name.StartsWith("dl_", StringComparison.OrdinalIgnoreCase);
        return idLike || PlaceholderNames.Contains(name) ? null : name;
    }

    /// <summary>The contact details still to ask for, in the order to ask them.</summary>
    /// <param name="customer">The customer, with the name from the channel (<see cref="NameFromChannel"/>) and what they gave.</param>
    /// <param name="facts">The complaint facts (an order number there counts).</param>
    /// <param name="declined">Details the customer said they do not have or will not give.</param>
    public static IReadOnlyList<ContactQuestion> Missing(Customer customer, ComplaintFacts facts, IReadOnlyCollection<ContactDetail>? declined = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(facts);
        declined ??= [];
        var missing = new List<ContactQuestion>();
        if (string.IsNullOrWhiteSpace(customer.Name) && !declined.Contains(ContactDetail.Name))
        {
            missing.Add(new ContactQuestion(ContactDetail.Name, "AskName", null));
        }

        if (string.IsNullOrWhiteSpace(customer.Email) && string.IsNullOrWhiteSpace(customer.Phone) && !declined.Contains(ContactDetail.EmailOrPhone))
        {
            missing.Add(new ContactQuestion(ContactDetail.EmailOrPhone, "AskContact", DetailKind.Phone));
        }

        if (string.IsNullOrWhiteSpace(facts.OrderNumber) && string.IsNullOrWhiteSpace(customer.AccountId) && !declined.Contains(ContactDetail.OrderOrAccount))
        {
            missing.Add(new ContactQuestion(ContactDetail.OrderOrAccount, "AskOrderOrAccount", DetailKind.OrderNumber));
        }

        return missing;
    }
}
