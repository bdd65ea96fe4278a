using ComplaintBot.Agents.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// The console's sign-in: local agent accounts with hashed passwords and a cookie (HttpOnly, SameSite=Strict, Secure
/// over HTTPS) when <c>Agents:LocalAccounts</c> is on, Entra ID bearer tokens (<see cref="AgentEntraId"/>) when
/// <c>Agents:EntraId</c> is configured, and the "Agent" policy that every console API (and page) requires, satisfied
/// by either.
/// </summary>
public static class AgentSignIn
{
    public const string Scheme = "AgentCookie";
    public const string Policy = "Agent";
    public const string CookieName = "complaintbot.agent";
    public const string AntiforgeryCookieName = "complaintbot.agent.csrf";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddAgentSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgentSignInOptions>()
            .Bind(configuration.GetSection(AgentSignInOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SignInLimitOptions>()
            .Bind(configuration.GetSection(AgentSignInOptions.Section + ":SignInLimits"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgentSignInOptions>, AgentSignInOptionsValidator>();
        services.AddSingleton<IPasswordHasher<AgentAccount>, PasswordHasher<AgentAccount>>();
        services.AddSignInLimits();
        var authentication = services.AddAuthentication();
        authentication.AddAgentEntraId();
        authentication.AddCookie(Scheme, options =>
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
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AgentSignInOptions>>((authorization, signIn) =>
            authorization.AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(Schemes(signIn.Value))
                .RequireAuthenticatedUser()
                .RequireRole(AgentIdentity.Role)));
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

    /// <summary>The schemes that may satisfy the "Agent" policy: the cookie with local accounts, the bearer with Entra ID.</summary>
    public static string[] Schemes(AgentSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. new[] { options.LocalAccounts ? Scheme : null, options.EntraId.IsConfigured ? AgentEntraId.Scheme : null }.OfType<string>()];
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
