using ComplaintBot.Agents.Accounts;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// The console's files from <c>wwwroot/agent</c>: the sign-in form (and its script and styles) for anyone, the
/// console itself only for signed-in agents. With Entra ID sign-in the console's page and script are a shell anyone
/// may load (a browser sends no bearer token when it opens a page): it shows nothing until MSAL.js has a token, and
/// every API behind it requires the "Agent" policy. Every <c>/agent</c> answer carries a strict
/// Content-Security-Policy: no inline script, nothing from elsewhere but the Entra ID sign-in address, never framed.
/// </summary>
public static class AgentConsolePages
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// <see cref="ContentSecurityPolicy"/>, plus, with Entra ID sign-in, the sign-in address for MSAL.js's token
    /// requests (<c>connect-src</c>) and its hidden silent-renewal frame (<c>frame-src</c>).
    /// </summary>
    public static string ContentSecurityPolicyFor(AgentSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.EntraId.IsConfigured)
        {
            return ContentSecurityPolicy;
        }

        var entra = new Uri(options.EntraId.Instance).GetLeftPart(UriPartial.Authority);
        return ContentSecurityPolicy.Replace("connect-src 'self'", $"connect-src 'self' {entra}", StringComparison.Ordinal)
            + $"; frame-src {entra}";
    }

    public static IApplicationBuilder UseAgentConsoleHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = ContentSecurityPolicyFor(app.ApplicationServices.GetRequiredService<IOptions<AgentSignInOptions>>().Value);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(AgentConsoleRoutes.Base),
            branch => branch.Use((context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                return next(context);
            }));
    }

    public static IEndpointRouteBuilder MapAgentConsolePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AgentConsoleRoutes.SignInPage, (IWebHostEnvironment env) => Serve(env, "sign-in.html"));
        endpoints.MapGet(AgentConsoleRoutes.Base + "/sign-in.js", (IWebHostEnvironment env) => Serve(env, "sign-in.js"));
        endpoints.MapGet(AgentConsoleRoutes.Base + "/console.css", (IWebHostEnvironment env) => Serve(env, "console.css"));
        endpoints.MapGet(AgentConsoleRoutes.Base + "/auth.js", (IWebHostEnvironment env) => Serve(env, "auth.js"));
        endpoints.MapGet(AgentConsoleRoutes.Base + "/redirect.js", (IWebHostEnvironment env) => Serve(env, "redirect.js"));
        endpoints.MapGet(AgentConsoleRoutes.RedirectBridgePage, (IWebHostEnvironment env, HttpContext http) =>
        {
            // MSAL.js loads this page in its own hidden frame for a silent renewal: framing by the console is allowed here only.
            http.Response.Headers.ContentSecurityPolicy = http.Response.Headers.ContentSecurityPolicy.ToString()
                .Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
            return Serve(env, "redirect.html");
        });
        var console = endpoints.MapGroup(AgentConsoleRoutes.Base);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<AgentSignInOptions>>().Value.EntraId.IsConfigured)
        {
            console.RequireAuthorization(AgentSignIn.Policy);
        }

        console.MapGet("/", (IWebHostEnvironment env) => Serve(env, "index.html"));
        console.MapGet("/console.js", (IWebHostEnvironment env) => Serve(env, "console.js"));
        return endpoints;
    }

    /// <summary>A file of <c>wwwroot/agent</c> with its content type (html, js, else css), or 404.</summary>
    internal static IResult Serve(IWebHostEnvironment env, string name)
    {
        var file = env.WebRootFileProvider.GetFileInfo("agent/" + name);
        if (!file.Exists)
        {
            return Results.NotFound();
        }

        var contentType = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => "text/css; charset=utf-8",
        };
        return Results.Stream(file.CreateReadStream(), contentType);
    }
}
