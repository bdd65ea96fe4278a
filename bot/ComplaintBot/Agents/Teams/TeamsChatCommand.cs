namespace ComplaintBot.Agents.Teams;

/// <summary>
/// What an agent wrote in their 1:1 Teams chat with the bot: a command (<c>/note text</c> → name "note", argument
/// "text") or, without a leading slash, words for the customer (name null).
/// </summary>
public sealed record TeamsChatCommand(string? Name, string Argument)
{
    public const string Help = """
        You hold a conversation once you accept it; what you write here then goes to the customer.
        /queue - the handoffs waiting for you and the ones you hold
        /accept <reference> - take a waiting handoff (as the card's Accept does)
        /switch <reference> - choose which of the conversations you hold your messages go to
        /note <text> - an internal note on the complaint (the customer never sees it)
        /resolve <what was done> - resolve the complaint; the customer is told what was done
        /handback - give the conversation back to the bot
        /transfer <agent name> - pass the conversation to another agent
        /help - this list
        """;

    public static TeamsChatCommand Parse(string? text)
    {
        var said = (text ?? string.Empty).Trim();
        if (!said.StartsWith('/'))
        {
            return new TeamsChatCommand(null, said);
        }

        var space = said.IndexOfAny([' ', '\n', '\t']);
        return space < 0
            ? new TeamsChatCommand(said[1..].ToLowerInvariant(), string.Empty)
            : new TeamsChatCommand(said[1..space].ToLowerInvariant(), said[(space + 1)..].Trim());
    }
}
