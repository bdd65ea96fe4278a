using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>The honest deadline the customer is told when the complaint is filed: now plus the target of its priority.</summary>
public sealed class DeadlinePolicy
{
    private readonly DeadlineOptions _options;
    private readonly TimeProvider _time;

    public DeadlinePolicy(IOptions<DeadlineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
        _time = time;
    }

    /// <summary>The response target of a priority.</summary>
    public TimeSpan TargetFor(ComplaintPriority priority) => priority switch
    {
        ComplaintPriority.Urgent => _options.Urgent,
        ComplaintPriority.High => _options.High,
        ComplaintPriority.Normal => _options.Normal,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority."),
    };

    /// <summary>The deadline of a complaint filed now (the <see cref="TimeProvider"/>'s UTC now).</summary>
    public DateTimeOffset DeadlineFor(ComplaintPriority priority) => DeadlineFor(priority, _time.GetUtcNow());

    /// <summary>The deadline of a complaint filed (or re-prioritised) at <paramref name="from"/>.</summary>
    public DateTimeOffset DeadlineFor(ComplaintPriority priority, DateTimeOffset from) => from + TargetFor(priority);
}
