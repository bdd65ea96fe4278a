using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// Reads an OpenID configuration document, then the key set at its <c>jwks_uri</c>: the keys through IdentityModel's
/// <see cref="JsonWebKeySet"/>, the per-key <c>endorsements</c> arrays (a Bot Framework extension) from the same JSON.
/// </summary>
public sealed class SigningKeyMetadataRetriever : IConfigurationRetriever<SigningKeyMetadata>
{
    public async Task<SigningKeyMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var configuration = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false));
        if (!Uri.TryCreate(configuration.JwksUri, UriKind.Absolute, out var jwksUri) || !BotAuthenticationOptionsValidator.IsHttpsOrLoopback(jwksUri))
        {
            throw new InvalidOperationException("The OpenID configuration has no usable jwks_uri.");
        }

        var keysJson = await retriever.GetDocumentAsync(jwksUri.AbsoluteUri, cancel).ConfigureAwait(false);
        var keys = new JsonWebKeySet(keysJson).GetSigningKeys();
        return new SigningKeyMetadata([.. keys], ReadEndorsements(keysJson));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string keysJson)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return endorsements;
    }
}
