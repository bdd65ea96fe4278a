namespace ComplaintBot.Agents.Accounts;

/// <summary>A person who takes over conversations: the name customers see, the languages they speak, their skills.</summary>
public sealed record AgentAccount
{
    public required string Id { get; init; }

    /// <summary>Signs in with it and is shown to customers ("Mina from our team…"); unique, compared case-insensitively.</summary>
    public required string Name { get; init; }

    /// <summary>Language codes (en, ko, ja, zh-Hans, sl).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Free tags such as "billing" or "delivery".</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2, salted); never the password.</summary>
    public required string PasswordHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
