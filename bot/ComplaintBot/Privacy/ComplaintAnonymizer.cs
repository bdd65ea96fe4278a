using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Privacy;

/// <summary>
/// A complaint with everything that could name or describe the customer removed: contact details, channel user id,
/// conversation, story, facts, own words, transcript, resolution text and history notes. What stays is the record
/// the statistics need: reference, channel, language, category, priority, status and its history, dates, desired
/// resolution kind and flags.
/// </summary>
public static class ComplaintAnonymizer
{
    public static Complaint Anonymize(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint with
        {
            Customer = new Customer(complaint.Customer.ChannelId, string.Empty),
            Conversation = new ConversationReference { ChannelId = complaint.Conversation.ChannelId },
            Description = string.Empty,
            Facts = new ComplaintFacts(),
            DesiredResolutionText = null,
            Transcript = [],
            Resolution = null,
            History = [.. complaint.History.Select(change => change with { Note = null })],
        };
    }
}
