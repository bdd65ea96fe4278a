using Microsoft.Extensions.Options;

namespace ComplaintBot.Privacy;

/// <summary>One retention sweep: erases what was last changed before now minus <see cref="PrivacyOptions.RetentionPeriod"/>.</summary>
public sealed class RetentionSweep(PersonalDataStore store, IOptions<PrivacyOptions> options, TimeProvider time)
{
    public Task<ErasureReport> RunAsync(CancellationToken cancellationToken)
        => store.ExpireAsync(time.GetUtcNow() - options.Value.RetentionPeriod, cancellationToken);
}
