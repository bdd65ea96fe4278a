namespace ComplaintBot.DirectLine;

/// <summary>The result of checking a presented token.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineTokenGrant? Grant = null)
{
    public static DirectLineTokenCheck Invalid { get; } = new(DirectLineTokenStatus.Invalid);

    public static DirectLineTokenCheck Expired { get; } = new(DirectLineTokenStatus.Expired);
}

public enum DirectLineTokenStatus
{
    Valid,
    Expired,
    Invalid,
}
