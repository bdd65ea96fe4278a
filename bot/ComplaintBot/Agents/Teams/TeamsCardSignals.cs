using System.Threading.Channels;
using ComplaintBot.Agents.Queue;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// What the <see cref="TeamsCardDispatcher"/> has to do next: a round soon (a handoff was queued, <see cref="Wake"/>),
/// and the cards whose handoff an agent changed (<see cref="OnHandoffChanged"/>, told by the agent desk). Apart from
/// the dispatcher, so the desk can tell it without depending on what the dispatcher depends on.
/// </summary>
public sealed class TeamsCardSignals(IOptions<TeamsAgentsOptions> options) : IHandoffChangedListener
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Asks for a round soon; several asks before it starts make one round.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    public void OnHandoffChanged(HandoffTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (options.Value.IsEnabled)
        {
            _changed.Writer.TryWrite(ticket.Id);
            Wake();
        }
    }

    /// <summary>The handoffs changed since the last call, each once.</summary>
    public IReadOnlySet<string> TakeChanged()
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        while (_changed.Reader.TryRead(out var handoffId))
        {
            changed.Add(handoffId);
        }

        return changed;
    }

    /// <summary>Completes when a round is asked for (and takes the ask).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _wake.Reader.WaitToReadAsync(cancellationToken);
        _wake.Reader.TryRead(out _);
    }
}
