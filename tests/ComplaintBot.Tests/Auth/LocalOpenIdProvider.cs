using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
/// keys (or with keys it does not publish). It is also the bot's token service: MSAL's client-credentials requests to
/// <see cref="TokenAuthority"/> (HTTPS with a generated certificate, which <see cref="CreateTrustingHandler"/> trusts)
/// get an access token with <see cref="AccessTokenLifetime"/>.
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
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private int _keySetRequests;
    private int _issuedTokens;

    private LocalOpenIdProvider(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        TlsCertificate = certificate;
    }

    /// <summary>The provider's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The HTTPS base address of the token service.</summary>
    public Uri SecureAddress { get; private set; } = null!;

    /// <summary>The generated certificate the HTTPS endpoint presents.</summary>
    public X509Certificate2 TlsCertificate { get; }

    /// <summary>The login URL (authority) of <paramref name="tenant"/>, for the <c>ToChannelFromBotLoginUrl</c> setting.</summary>
    public Uri TokenAuthority(string tenant) => new(SecureAddress, tenant);

    /// <summary>The form fields of every token request, in order (the client secret is replaced by <c>present</c>).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>The lifetime (<c>expires_in</c>) of the access tokens issued from now on.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Metadata whose issuer is <c>https://api.botframework.com</c> (the <c>ToBotFromChannelOpenIdMetadataUrl</c> setting).</summary>
    public Uri ChannelMetadataUrl => new(Address, "channel/.well-known/openidconfiguration");

    /// <summary>Metadata of the Entra ID flavour (the <c>ToBotFromEmulatorOpenIdMetadataUrl</c> setting).</summary>
    public Uri EmulatorMetadataUrl => new(Address, "emulator/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// The Entra ID instance (sign-in address) this provider plays over HTTPS: a tenant's v2 metadata is at
    /// <c>{instance}{tenant}/v2.0/.well-known/openid-configuration</c>, with issuer <see cref="EntraIssuer"/> and the same JWKS.
    /// </summary>
    public Uri EntraInstance => SecureAddress;

    /// <summary>The issuer of <paramref name="tenant"/>'s v2 tokens, e.g. <c>https://127.0.0.1:41235/{tenant}/v2.0</c>.</summary>
    public string EntraIssuer(string tenant) => new Uri(SecureAddress, tenant + "/v2.0").AbsoluteUri;

    /// <summary>How often the JWKS was fetched.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public static async Task<LocalOpenIdProvider> StartAsync()
    {
        var certificate = CreateLoopbackCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var provider = new LocalOpenIdProvider(app, certificate);
        app.MapGet("/channel/.well-known/openidconfiguration", () => provider.Metadata("https://api.botframework.com"));
        app.MapGet("/emulator/v2.0/.well-known/openid-configuration", () => provider.Metadata("https://login.microsoftonline.com/common/v2.0"));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => provider.Metadata(provider.EntraIssuer(tenant), provider.SecureAddress));
        app.MapGet("/keys", provider.KeySet);
        app.MapPost("/{tenant}/oauth2/v2.0/token", provider.IssueAccessTokenAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        provider.Address = new Uri(addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal)).TrimEnd('/') + "/");
        provider.SecureAddress = new Uri(addresses.Single(a => a.StartsWith("https:", StringComparison.Ordinal)).TrimEnd('/') + "/");
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

    /// <summary>An HTTP handler that trusts this provider's certificate (and no other self-signed one).</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = TlsCertificate.GetCertHashString();
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        TlsCertificate.Dispose();
        foreach (var key in _keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    private async Task<IResult> IssueAccessTokenAsync(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(f => f.Key, f => f.Key == "client_secret" ? "present" : f.Value.ToString(), StringComparer.Ordinal);
        fields["tenant"] = tenant;
        _tokenRequests.Enqueue(fields);
        var number = Interlocked.Increment(ref _issuedTokens);
        var accessToken = CreateToken(new TokenSpec
        {
            Issuer = $"https://sts.windows.net/{tenant}/",
            Audience = "https://api.botframework.com",
            Claims = new Dictionary<string, object> { ["appid"] = fields.GetValueOrDefault("client_id") ?? string.Empty, ["n"] = number },
            Expires = DateTime.UtcNow + AccessTokenLifetime,
        });
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
        });
    }

    /// <summary>OpenID metadata; its JWKS on <paramref name="keysBase"/> (default the HTTP address).</summary>
    private IResult Metadata(string issuer, Uri? keysBase = null) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(keysBase ?? Address, "keys").AbsoluteUri,
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
