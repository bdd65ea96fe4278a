using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// The signing keys an OpenID provider publishes, with each key's Bot Framework <c>endorsements</c> (the channel ids
/// the key may sign for), keyed by <c>kid</c>.
/// </summary>
public sealed class SigningKeyMetadata
{
    private readonly Dictionary<string, SecurityKey> _keysById;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _endorsements;

    public SigningKeyMetadata(IReadOnlyList<SecurityKey> signingKeys, IReadOnlyDictionary<string, IReadOnlyList<string>> endorsements)
    {
        SigningKeys = signingKeys ?? throw new ArgumentNullException(nameof(signingKeys));
        _endorsements = endorsements ?? throw new ArgumentNullException(nameof(endorsements));
        _keysById = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in signingKeys)
        {
            if (!string.IsNullOrEmpty(key.KeyId))
            {
                _keysById.TryAdd(key.KeyId, key);
            }
        }
    }

    public IReadOnlyList<SecurityKey> SigningKeys { get; }

    public bool HasKey(string keyId) => _keysById.ContainsKey(keyId);

    /// <summary>The channel ids the key is endorsed for; false when the key published no <c>endorsements</c>.</summary>
    public bool TryGetEndorsements(string keyId, out IReadOnlyList<string> channelIds)
    {
        if (_endorsements.TryGetValue(keyId, out var found))
        {
            channelIds = found;
            return true;
        }

        channelIds = [];
        return false;
    }
}
