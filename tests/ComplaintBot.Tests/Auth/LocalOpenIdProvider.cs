using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Tests.Auth;

/// <summary>
/// An OpenID provider on Kestrel at 127.0.0.1 (an ephemeral port) for the bot's inbound authentication: serves OpenID
/// metadata for the channel service (<see cref="ChannelMetadataUrl"/>) and for Entra ID (<see cref="EmulatorMetadataUrl"/>),
/// both pointing at one JWKS of generated RSA keys with Bot Framework <c>endorsements</c>, and mints tokens with those
/// keys (or with keys it does not publish).
/// </summary>
public sealed class LocalOpenIdProvider : IAsyncDisposable
{
    /// <summary>The key published at start, endorsed for <c>msteams</c>, <c>webchat</c>, <c>directline</c> and <c>emulator</c>.</summary>
    public const string ChannelKeyId = "channel-key";

    /// <summary>A key published without endorsements, as Entra ID publishes its keys.</summary>
    public const string EntraKeyId = "entra-key";

    /// <summary>A key that signs tokens but is not in the JWKS.</summary>
    public const string UnpublishedKeyId = "unpublished-key";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RsaSecurityKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]?> _published = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();
    private int _keySetRequests;

    private LocalOpenIdProvider(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The provider's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Metadata whose issuer is <c>https://api.botframework.com</c> (the <c>ToBotFromChannelOpenIdMetadataUrl</c> setting).</summary>
    public Uri ChannelMetadataUrl => new(Address, "channel/.well-known/openidconfiguration");

    /// <summary>Metadata of the Entra ID flavour (the <c>ToBotFromEmulatorOpenIdMetadataUrl</c> setting).</summary>
    public Uri EmulatorMetadataUrl => new(Address, "emulator/v2.0/.well-known/openid-configuration");

    /// <summary>How often the JWKS was fetched.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public static async Task<LocalOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var provider = new LocalOpenIdProvider(app);
        app.MapGet("/channel/.well-known/openidconfiguration", () => provider.Metadata("https://api.botframework.com"));
        app.MapGet("/emulator/v2.0/.well-known/openid-configuration", () => provider.Metadata("https://login.microsoftonline.com/common/v2.0"));
        app.MapGet("/keys", provider.KeySet);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        provider.Address = new Uri(address.TrimEnd('/') + "/");
        provider.PublishKey(ChannelKeyId, "msteams", "webchat", "directline", "emulator");
        provider.PublishKey(EntraKeyId, endorsements: null);
        provider.CreateKey(UnpublishedKeyId);
        return provider;
    }

    /// <summary>Generates an RSA key and publishes it in the JWKS; <paramref name="endorsements"/> null publishes it without any.</summary>
    public void PublishKey(string keyId, params string[]? endorsements)
    {
        CreateKey(keyId);
        _published[keyId] = endorsements;
    }

    /// <summary>Generates an RSA key that tokens can be signed with but the JWKS does not list.</summary>
    public void CreateKey(string keyId)
        => _keys.GetOrAdd(keyId, id => new RsaSecurityKey(RSA.Create(2048)) { KeyId = id });

    /// <summary>A Bot Framework channel token as the channel service issues it for <paramref name="appId"/>.</summary>
    public string CreateChannelToken(string appId, string serviceUrl, string keyId = ChannelKeyId, string algorithm = SecurityAlgorithms.RsaSha256)
        => CreateToken(new TokenSpec
        {
            Issuer = "https://api.botframework.com",
            Audience = appId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            KeyId = keyId,
            Algorithm = algorithm,
        });

    /// <summary>A signed JWT as described by <paramref name="spec"/>.</summary>
    public string CreateToken(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = DateTime.UtcNow;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            Claims = spec.Claims,
            IssuedAt = spec.NotBefore ?? now,
            NotBefore = spec.NotBefore ?? now.AddMinutes(-1),
            Expires = spec.Expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(_keys[spec.KeyId], spec.Algorithm),
        });
    }

    /// <summary>A channel token signed with HS256, using the published key's public key bytes as the HMAC secret.</summary>
    public string CreateChannelTokenSignedWithPublicKeyAsSecret(string appId, string serviceUrl)
    {
        var rsa = _keys[ChannelKeyId];
        var secret = new SymmetricSecurityKey(rsa.Rsa.ExportSubjectPublicKeyInfo()) { KeyId = ChannelKeyId };
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = appId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned (<c>alg: none</c>) token with the claims of a valid channel token.</summary>
    public string CreateUnsignedChannelToken(string appId, string serviceUrl)
    {
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = appId,
            ["serviceurl"] = serviceUrl,
            ["exp"] = expires,
            ["nbf"] = expires - 7200,
        });
        return _handler.CreateToken(payload);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var key in _keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private IResult Metadata(string issuer) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(Address, "keys").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private IResult KeySet()
    {
        Interlocked.Increment(ref _keySetRequests);
        var keys = new JsonArray();
        foreach (var (keyId, endorsements) in _published)
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_keys[keyId].Rsa.ExportParameters(includePrivateParameters: false)));
            var entry = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = jwk.N,
                ["e"] = jwk.E,
            };
            if (endorsements is not null)
            {
                entry["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
            }

            keys.Add(entry);
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }
}

/// <summary>What a token minted by <see cref="LocalOpenIdProvider.CreateToken"/> says and how it is signed.</summary>
public sealed class TokenSpec
{
    public required string Issuer { get; init; }

    public required string Audience { get; init; }

    public Dictionary<string, object> Claims { get; init; } = [];

    public string KeyId { get; init; } = LocalOpenIdProvider.ChannelKeyId;

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public DateTime? NotBefore { get; init; }

    public DateTime? Expires { get; init; }
}
