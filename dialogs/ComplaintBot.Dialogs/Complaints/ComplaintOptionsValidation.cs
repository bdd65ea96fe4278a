using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Checks an options record by its data annotations (and <see cref="IValidatableObject"/>) the same way
/// <c>ValidateDataAnnotations</c> does at start-up, so a rule built by hand with bad settings fails just as clearly.
/// </summary>
public static class ComplaintOptionsValidation
{
    /// <summary>Returns <paramref name="options"/> when it is valid.</summary>
    /// <exception cref="ValidationException">Names every property that is wrong and why.</exception>
    public static T ThrowIfInvalid<T>(T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new ValidationException(
                $"{typeof(T).Name} is invalid: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        }

        return options;
    }
}
