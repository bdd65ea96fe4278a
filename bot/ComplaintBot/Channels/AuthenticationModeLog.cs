using ComplaintBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Channels;

/// <summary>Says at start-up whether the bot authenticates its callers, so a disabled check never goes unnoticed.</summary>
public sealed partial class AuthenticationModeLog : IHostedService
{
    private readonly BotAuthenticationOptions _options;
    private readonly ILogger<AuthenticationModeLog> _logger;

    public AuthenticationModeLog(IOptions<BotAuthenticationOptions> options, ILogger<AuthenticationModeLog> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAuthenticationDisabled)
        {
            LogDisabled(_logger);
        }
        else
        {
            var appType = _options.GetAppType();
            LogEnabled(_logger, appType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot authentication is DISABLED: MicrosoftAppId is empty, requests without a token are accepted and replies carry no token. For local development only.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot authentication is enabled ({AppType}).")]
    private static partial void LogEnabled(ILogger logger, BotAppType appType);
}
