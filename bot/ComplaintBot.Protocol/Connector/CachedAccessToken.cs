namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// One access token, reused until <see cref="RefreshMargin"/> before it expires; when it must be renewed, one caller
/// acquires the new token and the others wait for that one.
/// </summary>
public sealed class CachedAccessToken : IDisposable
{
    /// <summary>A token is renewed this long before it expires, so it never expires in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresOn)>> _acquire;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (string Token, DateTimeOffset ExpiresOn)? _current;

    public CachedAccessToken(Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresOn)>> acquire, TimeProvider time)
    {
        _acquire = acquire ?? throw new ArgumentNullException(nameof(acquire));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (TryGetFresh(out var token))
        {
            return token;
        }

        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGetFresh(out token))
            {
                return token;
            }

            var acquired = await _acquire(cancellationToken).ConfigureAwait(false);
            _current = acquired;
            return acquired.Token;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();

    private bool TryGetFresh(out string token)
    {
        if (_current is { } current && current.ExpiresOn - RefreshMargin > _time.GetUtcNow())
        {
            token = current.Token;
            return true;
        }

        token = string.Empty;
        return false;
    }
}
