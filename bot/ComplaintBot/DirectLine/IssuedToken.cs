namespace ComplaintBot.DirectLine;

/// <summary>A signed token and its lifetime in whole seconds (Direct Line's <c>expires_in</c>).</summary>
public sealed record IssuedToken(string Value, int ExpiresInSeconds);
