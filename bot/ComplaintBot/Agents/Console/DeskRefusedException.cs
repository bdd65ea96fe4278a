namespace ComplaintBot.Agents.Console;

/// <summary>An agent's action that was refused; nothing was changed.</summary>
public sealed class DeskRefusedException : Exception
{
    public DeskRefusedException()
    {
    }

    public DeskRefusedException(string message)
        : base(message)
    {
    }

    public DeskRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeskRefusedException(DeskRefusal refusal, string message)
        : base(message)
    {
        Refusal = refusal;
    }

    public DeskRefusal Refusal { get; } = DeskRefusal.Conflict;
}
