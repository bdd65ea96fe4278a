using System.Collections.Concurrent;

namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// Trusts service URLs by origin (scheme, host and port): a bearer token is bound to a host, and one channel
/// serves several regional paths (<c>/amer/</c>, <c>/emea/</c>…) from the same host.
/// </summary>
public sealed class ServiceUrlTrust : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.OrdinalIgnoreCase);

    public ServiceUrlTrust(IEnumerable<string> configuredServiceUrls)
    {
        ArgumentNullException.ThrowIfNull(configuredServiceUrls);
        foreach (var serviceUrl in configuredServiceUrls)
        {
            Trust(serviceUrl);
        }
    }

    /// <summary>Trusts the URL's origin; a value that is not an absolute HTTP(S) URL trusts nothing.</summary>
    public void Trust(string serviceUrl)
    {
        if (TryGetOrigin(serviceUrl, out var origin))
        {
            _origins.TryAdd(origin, 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => TryGetOrigin(serviceUrl, out var origin) && _origins.ContainsKey(origin);

    private static bool TryGetOrigin(string? serviceUrl, out string origin)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            origin = url.GetLeftPart(UriPartial.Authority);
            return true;
        }

        origin = string.Empty;
        return false;
    }
}
