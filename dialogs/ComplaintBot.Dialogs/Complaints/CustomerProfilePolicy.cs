using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Builds the <see cref="CustomerProfile"/> of a customer from the configured VIP list and their earlier complaints in
/// the store (<see cref="IComplaintStore.ListAsync"/> by channel and user id).
/// </summary>
public sealed class CustomerProfilePolicy
{
    private readonly CustomerProfileOptions _options;
    private readonly IComplaintStore _store;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _vipAccounts;
    private readonly string[] _vipDomains;

    public CustomerProfilePolicy(IOptions<CustomerProfileOptions> options, IComplaintStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
        _store = store;
        _time = time;
        _vipAccounts = new HashSet<string>(_options.VipAccountIds.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        _vipDomains = [.. _options.VipEmailDomains.Select(d => d.Trim().TrimStart('.').ToLowerInvariant())];
    }

    /// <summary>Whether the customer is on the VIP list by account id or by the domain of their email.</summary>
    public bool IsVip(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.AccountId is { } account && _vipAccounts.Contains(account.Trim()))
        {
            return true;
        }

        var at = customer.Email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return false;
        }

        var domain = customer.Email![(at + 1)..].Trim().ToLowerInvariant();
        return _vipDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>The customer's profile now (the <see cref="TimeProvider"/>'s time), from their earlier complaints.</summary>
    public async Task<CustomerProfile> GetAsync(Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var earlier = await _store.ListAsync(
            new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId), Limit = _options.HistoryLimit },
            cancellationToken);
        var since = _time.GetUtcNow().AddDays(-_options.FrequentWindowDays);
        var recent = earlier.Count(c => c.CreatedAt >= since);
        return new CustomerProfile(
            IsVip(customer),
            recent >= _options.FrequentComplaintCount,
            recent,
            [.. earlier.OrderByDescending(c => c.CreatedAt)]);
    }
}
