using Microsoft.Extensions.Options;

namespace ComplaintBot.DirectLine;

/// <summary>The chat page at <c>/</c> (wwwroot: the Web Chat widget against the embedded Direct Line) and its settings.</summary>
public static class ChatPageEndpoints
{
    public const string ConfigRoute = "/chat/config";

    public static WebApplication MapChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet(ConfigRoute, (IOptions<BrandingOptions> branding) => Results.Ok(new ChatPageConfig(
            branding.Value.CompanyName,
            branding.Value.Initials(),
            DirectLineChannel.RoutePrefix)));
        return app;
    }
}

/// <summary>What the page needs to know: who it speaks for, and where its Direct Line is (relative to the page).</summary>
public sealed record ChatPageConfig(string CompanyName, string AvatarInitials, string DirectLinePath);
