using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>What tests read from the bot's replies.</summary>
public static class ReplyExtensions
{
    /// <summary>The text of each reply, in order ("" for a reply without text).</summary>
    public static string[] Texts(this IEnumerable<Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];

    /// <summary>The titles of the reply's suggested-action buttons.</summary>
    public static string[] Buttons(this Activity reply)
        => [.. reply.SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty) ?? []];
}
