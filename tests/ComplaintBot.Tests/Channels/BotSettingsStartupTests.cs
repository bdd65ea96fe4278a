using System.Collections.Concurrent;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.Channels;

public sealed class BotSettingsStartupTests
{
    [Fact]
    public async Task Startup_WithoutAppId_SaysInTheLogThatAuthenticationIsDisabled()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new BotHostFactory(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));

        _ = host.Address;

        Assert.Contains(logs.Messages, m => m.Level == LogLevel.Warning && m.Text.Contains("authentication is DISABLED", StringComparison.Ordinal));
        host.DeleteDataDirectory();
    }

    [Theory]
    [InlineData("MicrosoftAppType", "Federated")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.example.com/.well-known/openidconfiguration")]
    [InlineData("BotConnector:TrustedServiceUrls:0", "http://smba.example.com/")]
    [InlineData("BotConnector:MaxRetries", "50")]
    public async Task Startup_WithInvalidSettings_Fails(string key, string value)
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => host.Address);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task Startup_WithAppIdButNoPassword_Fails()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["MicrosoftAppId"] = "6f1c2a54-9a7e-4e5b-8f0d-3b2a1c0d9e8f" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Address);
        Assert.Contains("MicrosoftAppPassword", failure.Message, StringComparison.Ordinal);
        host.DeleteDataDirectory();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<(LogLevel Level, string Text)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
