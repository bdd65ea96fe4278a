using ComplaintBot.Agents.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// The console's local sign-in: agent accounts with hashed passwords, a cookie (HttpOnly, SameSite=Strict, Secure
/// over HTTPS) and the "Agent" policy that every console page and API requires.
/// </summary>
public static class AgentSignIn
{
    public const string Scheme = "AgentCookie";
    public const string Policy = "Agent";
    public const string CookieName = "complaintbot.agent";
    public const string AntiforgeryCookieName = "complaintbot.agent.csrf";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddAgentSignIn(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<AgentAccount>, PasswordHasher<AgentAccount>>();
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = AgentConsoleRoutes.Base;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = AgentConsoleRoutes.SignInPage;
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(AgentIdentity.Role));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = AgentConsoleRoutes.Base;
        });
        return services;
    }

    /// <summary>APIs answer 401/403; pages send the browser to the sign-in form.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(AgentConsoleRoutes.Api) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(AgentConsoleRoutes.SignInPage);
        }

        return Task.CompletedTask;
    }
}
