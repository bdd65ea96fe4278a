using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Agents.Relay;

/// <summary>Talks to a complaint's customer proactively, on the channel and in the conversation they used, in their language.</summary>
public sealed class CustomerChannel(CloudAdapter adapter)
{
    /// <summary>Sends <paramref name="text"/> as it is (an agent's own words).</summary>
    public Task SendAsync(Complaint complaint, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return adapter.ContinueConversationAsync(
            complaint.Conversation,
            (turn, ct) => turn.SendActivityAsync(text, ct),
            cancellationToken);
    }

    /// <summary>Sends one of the bot's messages (a <see cref="BotMessages"/> key) in the customer's language.</summary>
    public Task SendMessageAsync(Complaint complaint, string messageKey, CancellationToken cancellationToken, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return SendAsync(complaint, Localize(complaint.Language, messageKey, arguments), cancellationToken);
    }

    /// <summary>A <see cref="BotMessages"/> text in a language (English when the language is not supported).</summary>
    public static string Localize(string? language, string messageKey, params object[] arguments)
    {
        var culture = SupportedLanguages.FromLocale(language) ?? SupportedLanguages.English;
        var template = BotMessages.ResourceManager.GetString(messageKey, culture)
            ?? throw new ArgumentException($"There is no message '{messageKey}'.", nameof(messageKey));
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }
}
