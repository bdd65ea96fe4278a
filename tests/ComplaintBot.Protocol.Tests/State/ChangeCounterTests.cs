using ComplaintBot.Protocol.State;

namespace ComplaintBot.Protocol.Tests.State;

/// <summary>When a cached read may be trusted: never across a change it could have missed.</summary>
public class ChangeCounterTests
{
    [Fact]
    public void StampForRead_DuringAChange_IsNone()
    {
        var changes = new ChangeCounter();

        using (changes.BeginChange())
        {
            Assert.Null(changes.StampForRead());
        }

        Assert.NotNull(changes.StampForRead());
    }

    [Fact]
    public void IsCurrent_AChangeBeganAfterTheRead_IsFalseDuringItAndAfterIt()
    {
        var changes = new ChangeCounter();
        var stamp = changes.StampForRead();
        Assert.True(changes.IsCurrent(stamp));

        var change = changes.BeginChange();
        Assert.False(changes.IsCurrent(stamp));
        change.Dispose();
        change.Dispose();

        Assert.False(changes.IsCurrent(stamp));
        Assert.True(changes.IsCurrent(changes.StampForRead()));
    }

    [Fact]
    public void IsCurrent_NoStamp_IsFalse() => Assert.False(new ChangeCounter().IsCurrent(null));
}
