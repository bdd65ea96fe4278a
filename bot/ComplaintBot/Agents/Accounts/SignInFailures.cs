using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// Wrong passwords per agent name (known or not, compared as the account store compares names): after
/// <see cref="SignInLimitOptions.FailuresPerName"/> within <see cref="SignInLimitOptions.Window"/> that name is locked
/// until the window ends, whatever the password.
/// </summary>
public sealed class SignInFailures : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInFailures(IOptions<SignInLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(
            name,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.FailuresPerName, Window = limits.Window, QueueLimit = 0 }));
    }

    /// <summary>How long <paramref name="name"/> stays locked, or null when it may be tried.</summary>
    public TimeSpan? LockedFor(string name)
    {
        using var lease = _limiter.AttemptAcquire(Key(name), permitCount: 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Failed(string name)
    {
        using var lease = _limiter.AttemptAcquire(Key(name));
    }

    public void Dispose() => _limiter.Dispose();

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
