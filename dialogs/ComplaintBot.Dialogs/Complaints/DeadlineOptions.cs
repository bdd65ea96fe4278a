using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>The response target of each priority: by when a person will have acted on a complaint.</summary>
public sealed record DeadlineOptions : IValidatableObject
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Deadlines";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(4);

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan High { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan Normal { get; set; } = TimeSpan.FromHours(48);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Urgent > High || High > Normal)
        {
            yield return new ValidationResult(
                "Targets must not grow with priority: Urgent <= High <= Normal.", [nameof(Urgent), nameof(High), nameof(Normal)]);
        }
    }
}
