using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// Slows down password guessing on the local sign-in with the framework's rate limiters: per client address every
/// attempt counts (the <see cref="AddressPolicy"/> of ASP.NET Core's rate-limiting middleware), per name only the
/// wrong passwords count (<see cref="SignInFailures"/>). Past either limit the answer is 429 with <c>Retry-After</c>.
/// </summary>
public static class SignInLimits
{
    public const string AddressPolicy = "agent-sign-in";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddSingleton<SignInFailures>();
        services.AddRateLimiter(options => options.AddPolicy<string, AddressLimitPolicy>(AddressPolicy));
        return services;
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds) and a problem the sign-in form shows.</summary>
    public static IResult TooManyAttempts(HttpContext http, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            title: $"Too many sign-in attempts; try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} minute(s).",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Every sign-in attempt from one client address counts against <see cref="SignInLimitOptions.AttemptsPerAddress"/>.</summary>
    private sealed class AddressLimitPolicy(IOptions<SignInLimitOptions> options) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            await TooManyAttempts(context.HttpContext, retryAfter).ExecuteAsync(context.HttpContext);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var limits = options.Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerAddress, Window = limits.Window, QueueLimit = 0 });
        }
    }
}
