namespace ComplaintBot.Tests.Hosting;

/// <summary>
/// A test class whose every test gets its own bot with default settings on Kestrel at 127.0.0.1 and an HTTP client for
/// it; the host and its data folder are removed after the test.
/// </summary>
public abstract class LoopbackBotTest : IAsyncLifetime
{
    protected BotHostFactory Host { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Host.CreateLoopbackClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Host.DeleteDataDirectory();
    }
}
