using ComplaintBot.Agents.Storage;

namespace ComplaintBot.Tests.Agents;

/// <summary>When a read that found no handoff may be trusted: never across a handoff write.</summary>
public sealed class ConversationsWithoutHandoffTests
{
    [Fact]
    public void StampForRead_DuringAWrite_IsNone()
    {
        var known = new ConversationsWithoutHandoff();

        using (known.BeginWrite())
        {
            Assert.Null(known.StampForRead());
        }

        Assert.NotNull(known.StampForRead());
    }

    [Fact]
    public void Remember_AWriteBeganAfterTheRead_IsStale()
    {
        var known = new ConversationsWithoutHandoff();
        var stamp = known.StampForRead()!.Value;
        var write = known.BeginWrite();
        known.Remember("webchat/c1", stamp);

        Assert.False(known.IsKnown("webchat/c1"));
        write.Dispose();
        Assert.False(known.IsKnown("webchat/c1"));
        known.Remember("webchat/c1", known.StampForRead()!.Value);
        Assert.True(known.IsKnown("webchat/c1"));
    }
}
