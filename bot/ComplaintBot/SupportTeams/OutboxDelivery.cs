namespace ComplaintBot.SupportTeams;

/// <summary>A pending notification for one target that this instance holds the lease on; <paramref name="Attempts"/> counts this one.</summary>
public sealed record OutboxDelivery(string NotificationId, SupportTarget Target, string Payload, int Attempts);
