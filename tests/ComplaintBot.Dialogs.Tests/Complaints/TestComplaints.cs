using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Tests.Complaints;

internal static class TestComplaints
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    public static Complaint Make(string reference, Customer? customer = null, DateTimeOffset? createdAt = null) => new()
    {
        Reference = reference,
        Customer = customer ?? new Customer("webchat", "user-1"),
        Conversation = new ConversationReference { ChannelId = "webchat" },
        Language = "en",
        Description = "The blender stopped working.",
        CreatedAt = createdAt ?? Now,
        Deadline = (createdAt ?? Now).AddHours(48),
    };
}
