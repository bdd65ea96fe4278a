using System.Text.Json;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Tests.Storage;

/// <summary>Complete complaint records for store tests: every field set, extension data on the conversation reference.</summary>
public static class SampleComplaints
{
    public static Complaint Create(
        string? reference = null,
        Customer? customer = null,
        DateTimeOffset? createdAt = null,
        ComplaintStatus status = ComplaintStatus.Open,
        ComplaintCategory category = ComplaintCategory.ProductFault)
    {
        var created = createdAt ?? new DateTimeOffset(2026, 11, 23, 22, 41, 7, TimeSpan.FromHours(9)).AddTicks(1234567);
        customer ??= new Customer("msteams", "29:" + Guid.NewGuid().ToString("N"));
        return new Complaint
        {
            Reference = reference ?? "CMP-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Customer = customer with { Name = "김민준", Email = "minjun@example.com", Phone = "+82 10-1234-5678", AccountId = "A-77" },
            Conversation = new ConversationReference
            {
                ActivityId = "1700000000000",
                ChannelId = customer.ChannelId,
                ServiceUrl = "https://smba.trafficmanager.net/kr/",
                Locale = "ko-KR",
                User = new ChannelAccount { Id = customer.UserId, Name = "김민준", AadObjectId = "00000000-0000-0000-0000-000000000001" },
                Bot = new ChannelAccount { Id = "28:bot", Name = "ComplaintBot" },
                Conversation = new ConversationAccount { Id = "a:1" + Guid.NewGuid().ToString("N"), ConversationType = "personal", TenantId = "tenant-1" },
                Properties = new Dictionary<string, JsonElement>
                {
                    ["zFuture"] = JsonSerializer.SerializeToElement(new { nested = new[] { 1, 2 }, flag = true }),
                    ["aField"] = JsonSerializer.SerializeToElement("value"),
                },
            },
            Language = "ko",
            Category = category,
            Description = "카메라가 고장났어요 📷 " + StorageContractTests.OddUnicode,
            Facts = new ComplaintFacts { OrderNumber = "ORD-5531", Product = "Lumix G9 II", Amount = "€49.90", AlreadyTried = "restart" },
            DesiredResolution = DesiredResolution.Replacement,
            DesiredResolutionText = null,
            ContactRoute = ContactRoute.Chat,
            Priority = ComplaintPriority.High,
            PriorityReasons = ["vip", "frequent"],
            IsVip = true,
            IsFrequentContacter = true,
            CreatedAt = created,
            Deadline = created.AddHours(4),
            Status = status,
            History = [new StatusChange(created, status, "bot", "filed")],
            Transcript =
            [
                new TranscriptEntry(created, TranscriptSpeaker.Customer, "화가 나요!! مرحبا") { Mood = SentimentLabel.Negative },
                new TranscriptEntry(created.AddSeconds(2), TranscriptSpeaker.Bot, "죄송합니다."),
                new TranscriptEntry(created.AddMinutes(3), TranscriptSpeaker.Agent, "I'm on it.") { AgentName = "Ana Novak" },
            ],
        };
    }
}
