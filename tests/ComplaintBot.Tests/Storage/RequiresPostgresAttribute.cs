namespace ComplaintBot.Tests.Storage;

/// <summary>Marks a test class whose <see cref="StorageFactAttribute"/> tests run against PostgreSQL (skipped without a server).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
