using System.Text.Json.Serialization;

namespace ComplaintBot.Privacy;

/// <summary>
/// Whose data an export or erasure is about: the channel's identity of the user (channel id and <c>from.id</c>), an
/// email address they gave, or both. Complaints filed with the email address bring in the channel identities they
/// were filed from.
/// </summary>
public sealed record CustomerIdentity(string? ChannelId, string? UserId, string? Email)
{
    /// <summary>Null when the identity names somebody; otherwise what is missing.</summary>
    [JsonIgnore]
    public string? Problem =>
        (string.IsNullOrWhiteSpace(ChannelId), string.IsNullOrWhiteSpace(UserId), string.IsNullOrWhiteSpace(Email)) switch
        {
            (false, false, _) => null,
            (true, true, false) => null,
            (true, false, _) or (false, true, _) => "A channel identity needs both the channel id and the user id.",
            _ => "Name the customer by channel id and user id, by email address, or both.",
        };

    /// <summary>The email address as compared (trimmed, lower case), or null.</summary>
    [JsonIgnore]
    public string? NormalizedEmail => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
}
