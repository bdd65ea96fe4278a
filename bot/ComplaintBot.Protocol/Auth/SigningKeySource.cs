using Microsoft.IdentityModel.Protocols;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// The signing keys of one OpenID metadata address. IdentityModel's <see cref="ConfigurationManager{T}"/> caches them and
/// refreshes them on its schedule; when a token names a key that is not there, <see cref="TryRefresh"/> starts a fresh
/// manager (whose first read fetches the keys in the same request), at most once per <see cref="MinimumRefreshInterval"/>.
/// If that fetch fails, the keys read before it are kept.
/// </summary>
public sealed class SigningKeySource
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Func<ConfigurationManager<SigningKeyMetadata>> _createManager;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private ConfigurationManager<SigningKeyMetadata> _current;
    private ConfigurationManager<SigningKeyMetadata>? _previous;
    private DateTimeOffset? _lastRefresh;

    public SigningKeySource(Uri metadataAddress, IDocumentRetriever documents, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(metadataAddress);
        ArgumentNullException.ThrowIfNull(documents);
        MetadataAddress = metadataAddress.AbsoluteUri;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _createManager = () => new ConfigurationManager<SigningKeyMetadata>(MetadataAddress, new SigningKeyMetadataRetriever(), documents);
        _current = _createManager();
    }

    public string MetadataAddress { get; }

    /// <exception cref="InvalidOperationException">The keys could not be read and none were read before.</exception>
    public async Task<SigningKeyMetadata> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        try
        {
            return await current.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (Volatile.Read(ref _previous) is { } previous)
        {
            return await previous.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes the next read fetch the keys again, unless that was already done within the interval.</summary>
    /// <returns>Whether a fresh fetch will happen.</returns>
    public bool TryRefresh()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_lastRefresh is { } last && now - last < MinimumRefreshInterval)
            {
                return false;
            }

            _lastRefresh = now;
            _previous = _current;
            Volatile.Write(ref _current, _createManager());
            return true;
        }
    }
}
