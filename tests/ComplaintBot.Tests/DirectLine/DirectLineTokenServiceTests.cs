using ComplaintBot.DirectLine;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task StreamTicket_IsNotAConversationToken()
    {
        var tokens = Service();
        var ticket = tokens.Issue(new DirectLineTokenGrant("c1", "dl_u"), DirectLineTokenScope.Stream);

        var asConversationToken = await tokens.CheckAsync(ticket.Value, DirectLineTokenScope.Conversation);
        var asTicket = await tokens.CheckAsync(ticket.Value, DirectLineTokenScope.Stream);

        Assert.Equal(DirectLineTokenStatus.Invalid, asConversationToken.Status);
        Assert.Equal(new DirectLineTokenGrant("c1", "dl_u"), asTicket.Grant);
        Assert.Equal(60, ticket.ExpiresInSeconds);
    }

    [Fact]
    public async Task Token_SignedWithAnotherKey_IsInvalid()
    {
        var token = Service().Issue(new DirectLineTokenGrant("c1", "dl_u"));
        var otherBot = new DirectLineTokenService(DirectLineSigningKey.Load(null, _folder.Path + "-other"), _time, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1));

        Assert.Equal(DirectLineTokenStatus.Invalid, (await otherBot.CheckAsync(token.Value, DirectLineTokenScope.Conversation)).Status);
        Directory.Delete(_folder.Path + "-other", recursive: true);
    }

    [Fact]
    public async Task GeneratedSigningKey_IsKeptInTheDataFolder_SoTokensSurviveARestart()
    {
        var token = Service().Issue(new DirectLineTokenGrant("c1", "dl_u"));

        var afterRestart = Service();

        Assert.True(File.Exists(Path.Combine(_folder.Path, DirectLineSigningKey.FileName)));
        Assert.Equal(DirectLineTokenStatus.Valid, (await afterRestart.CheckAsync(token.Value, DirectLineTokenScope.Conversation)).Status);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder.Path, DirectLineSigningKey.FileName)));
        }
    }

    [Fact]
    public async Task Token_AtItsExpiry_IsExpired()
    {
        var tokens = Service();
        var token = tokens.Issue(new DirectLineTokenGrant("c1", "dl_u"));

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var justBefore = await tokens.CheckAsync(token.Value, DirectLineTokenScope.Conversation);
        _time.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await tokens.CheckAsync(token.Value, DirectLineTokenScope.Conversation);

        Assert.Equal(DirectLineTokenStatus.Valid, justBefore.Status);
        Assert.Equal(DirectLineTokenStatus.Expired, atExpiry.Status);
    }

    public void Dispose() => _folder.Dispose();

    private DirectLineTokenService Service() =>
        new(DirectLineSigningKey.Load(null, _folder.Path), _time, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1));
}
