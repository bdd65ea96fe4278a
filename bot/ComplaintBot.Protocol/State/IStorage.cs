namespace ComplaintBot.Protocol.State;

/// <summary>
/// Key/value storage of JSON documents with optimistic concurrency: the bot's turn state lives here.
/// A write whose <see cref="StoreItem.ETag"/> is set must match the stored one ("*" matches anything);
/// a write without one always succeeds.
/// </summary>
public interface IStorage
{
    /// <summary>
    /// True while no other process (or other instance of the bot) can change the stored items: a document this process
    /// saved is then still current until this process changes it, so a <see cref="BotState"/> — one per key space — need
    /// not ask for its ETag again. Changes this process makes outside the state's own reads and writes are announced
    /// to it (<see cref="BotState.BeginStorageChange"/>). False unless the store says otherwise.
    /// </summary>
    bool IsSoleWriter => false;

    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ETag of one item, or null when it is missing: checks that a copy the caller holds is still current without
    /// reading the document. A store that cannot read it alone reads the whole item.
    /// </summary>
    async Task<string?> ReadETagAsync(string key, CancellationToken cancellationToken = default) =>
        (await ReadAsync([key], cancellationToken).ConfigureAwait(false)).TryGetValue(key, out var item) ? item.ETag : null;

    /// <summary>Writes all changes or none; returns the new ETag of each key.</summary>
    /// <exception cref="StorageConcurrencyException">An ETag did not match.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
