using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace ComplaintBot.Hosting;

public static class LoggingRegistration
{
    /// <summary>Scopes shown on the console unless configured otherwise (<c>Logging:Console:FormatterOptions:IncludeScopes</c>).</summary>
    public const string IncludeScopesSetting = "Logging:Console:FormatterOptions:IncludeScopes";

    /// <summary>
    /// Structured logs: every line of a turn carries its <see cref="Protocol.Diagnostics.LogCorrelation"/> scope
    /// (shown by the console, in text or with <c>Logging:Console:FormatterName=json</c>), and every logger masks personal
    /// data before any provider sees it (<see cref="RedactingLoggerFactory"/>).
    /// </summary>
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var includeScopes = builder.Configuration.GetValue(IncludeScopesSetting, defaultValue: true);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options => options.IncludeScopes = includeScopes);
        builder.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = includeScopes);
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(
            provider => new RedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(provider))));
        return builder;
    }
}
