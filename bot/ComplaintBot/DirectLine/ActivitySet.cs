using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.DirectLine;

/// <summary>Direct Line's <c>ActivitySet</c>: activities after a watermark, and the watermark to ask from next.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
