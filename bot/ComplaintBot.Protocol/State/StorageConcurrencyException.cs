namespace ComplaintBot.Protocol.State;

/// <summary>A write lost a race: the stored item changed since it was read.</summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StorageConcurrencyException ForKey(string key) => new($"The stored item '{key}' was changed by another writer.");
}
