namespace ComplaintBot.Agents.Console;

/// <summary>
/// One push to the connected consoles: <see cref="Kind"/> is the server-sent event's type ("queue" when a handoff
/// was added or changed, "message" for a line of a conversation, "note" for an internal note) and
/// <see cref="Json"/> its data.
/// </summary>
public sealed record ConsoleEvent(string Kind, string Json);
