using System.Security.Claims;

namespace ComplaintBot.Agents.Accounts;

/// <summary>The signed-in agent as the console's actions see them (from the sign-in cookie's claims).</summary>
public sealed record AgentIdentity(string Id, string Name, IReadOnlyList<string> Languages)
{
    public const string Role = "agent";
    public const string LanguageClaim = "complaintbot:language";

    public static AgentIdentity Of(AgentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AgentIdentity(account.Id, account.Name, account.Languages);
    }

    /// <summary>The agent of a signed-in principal.</summary>
    /// <exception cref="InvalidOperationException">The principal is not a signed-in agent.</exception>
    public static AgentIdentity Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(ClaimTypes.Name);
        if (id is null || name is null || !user.IsInRole(Role))
        {
            throw new InvalidOperationException("The request is not from a signed-in agent.");
        }

        return new AgentIdentity(id, name, [.. user.FindAll(LanguageClaim).Select(c => c.Value)]);
    }

    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Id),
            new(ClaimTypes.Name, Name),
            new(ClaimTypes.Role, Role),
        };
        claims.AddRange(Languages.Select(language => new Claim(LanguageClaim, language)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public bool Speaks(string language) => Languages.Any(l => AgentLanguages.Same(l, language));
}
