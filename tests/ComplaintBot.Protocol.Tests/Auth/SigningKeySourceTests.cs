using System.Security.Cryptography;
using System.Text.Json;
using ComplaintBot.Protocol.Auth;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Protocol.Tests.Auth;

public sealed class SigningKeySourceTests : IDisposable
{
    private const string MetadataUrl = "https://login.example/v1/.well-known/openidconfiguration";
    private const string KeysUrl = "https://login.example/v1/.well-known/keys";
    private readonly KeyDocuments _documents = new();
    private readonly SettableClock _clock = new();

    public void Dispose() => _documents.Dispose();

    [Fact]
    public async Task Keys_AreReadWithTheirEndorsements_AndCached()
    {
        _documents.Publish("k1", "msteams", "webchat");
        _documents.Publish("k2");
        var source = new SigningKeySource(new Uri(MetadataUrl), _documents, _clock);

        var keys = await source.GetAsync(CancellationToken.None);
        await source.GetAsync(CancellationToken.None);

        Assert.True(keys.HasKey("k1") && keys.HasKey("k2"));
        Assert.True(keys.TryGetEndorsements("k1", out var endorsed));
        Assert.Equal(["msteams", "webchat"], endorsed);
        Assert.False(keys.TryGetEndorsements("k2", out _));
        Assert.Equal(1, _documents.KeySetFetches);
    }

    [Fact]
    public async Task Refresh_FetchesAgain_AtMostOncePerInterval()
    {
        _documents.Publish("k1");
        var source = new SigningKeySource(new Uri(MetadataUrl), _documents, _clock);
        await source.GetAsync(CancellationToken.None);
        _documents.Publish("k2");

        var first = source.TryRefresh();
        var keys = await source.GetAsync(CancellationToken.None);
        var tooSoon = source.TryRefresh();
        _clock.Advance(SigningKeySource.MinimumRefreshInterval);
        var later = source.TryRefresh();

        Assert.Equal((true, false, true), (first, tooSoon, later));
        Assert.True(keys.HasKey("k2"));
        Assert.Equal(2, _documents.KeySetFetches);
    }

    [Fact]
    public async Task Refresh_ThatFails_KeepsTheKeysReadBefore()
    {
        _documents.Publish("k1");
        var source = new SigningKeySource(new Uri(MetadataUrl), _documents, _clock);
        await source.GetAsync(CancellationToken.None);
        _documents.Unreachable = true;

        source.TryRefresh();
        var keys = await source.GetAsync(CancellationToken.None);

        Assert.True(keys.HasKey("k1"));
    }

    private sealed class SettableClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class KeyDocuments : IDocumentRetriever, IDisposable
    {
        private readonly List<(string Kid, RSA Key, string[] Endorsements)> _keys = [];

        public bool Unreachable { get; set; }

        public int KeySetFetches { get; private set; }

        public void Publish(string kid, params string[] endorsements) => _keys.Add((kid, RSA.Create(2048), endorsements));

        public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            if (Unreachable)
            {
                throw new IOException("unreachable");
            }

            if (address == MetadataUrl)
            {
                return Task.FromResult(JsonSerializer.Serialize(new Dictionary<string, object> { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = KeysUrl }));
            }

            KeySetFetches++;
            var keys = _keys.Select(k =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(k.Key.ExportParameters(false)));
                var entry = new Dictionary<string, object> { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = k.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
                if (k.Endorsements.Length > 0)
                {
                    entry["endorsements"] = k.Endorsements;
                }

                return entry;
            });
            return Task.FromResult(JsonSerializer.Serialize(new { keys }));
        }

        public void Dispose()
        {
            foreach (var key in _keys)
            {
                key.Key.Dispose();
            }
        }
    }
}
