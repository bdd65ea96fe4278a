namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The handoff cards of the agents' channel (a table in the bot's database). Posting a card is claimed first, so two
/// instances never post the same handoff; a claim that did not end in a posted card is taken again once it is stale.
/// </summary>
public interface ITeamsCardStore
{
    /// <summary>True when this caller may post the handoff's card now: nobody posted it, and nobody claimed it since <paramref name="staleBefore"/>.</summary>
    Task<bool> TryClaimAsync(string handoffId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    Task SavePostedAsync(TeamsCardAddress card, CancellationToken cancellationToken);

    /// <summary>The posted card of a handoff, if any.</summary>
    Task<TeamsCardAddress?> FindAsync(string handoffId, CancellationToken cancellationToken);
}
