namespace ComplaintBot.Protocol.Auth;

/// <summary>How the bot's Azure identity is set up (the SDK's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>An app registration in any tenant; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>An app registration in the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMsi,
}
