namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>One line of a conversation script: what the customer says and the bot's replies, in order.</summary>
public sealed record ScriptTurn(string User, IReadOnlyList<string> Bot)
{
    public ScriptTurn(string user, params string[] bot)
        : this(user, (IReadOnlyList<string>)bot)
    {
    }
}
