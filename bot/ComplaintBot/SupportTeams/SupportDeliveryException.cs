namespace ComplaintBot.SupportTeams;

/// <summary>A target did not accept a notification; <see cref="IsPermanent"/> when trying again cannot help.</summary>
public sealed class SupportDeliveryException : Exception
{
    public SupportDeliveryException()
    {
    }

    public SupportDeliveryException(string message)
        : base(message)
    {
    }

    public SupportDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SupportDeliveryException(string message, bool isPermanent, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
    }

    public bool IsPermanent { get; }
}
