using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// The <c>Agents:SignInLimits</c> settings: after <see cref="FailuresPerName"/> wrong passwords for one name, or
/// <see cref="AttemptsPerAddress"/> attempts from one client address, within <see cref="Window"/>, the password
/// sign-in answers 429 with <c>Retry-After</c> until the window ends.
/// </summary>
public sealed class SignInLimitOptions
{
    [Range(1, 1000)]
    public int FailuresPerName { get; set; } = 5;

    [Range(1, 10000)]
    public int AttemptsPerAddress { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
