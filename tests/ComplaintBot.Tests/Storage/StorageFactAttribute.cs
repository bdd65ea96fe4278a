using Xunit.Abstractions;
using Xunit.Sdk;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// A contract test shared by every provider: declared once in an abstract class, run by each concrete subclass, and
/// skipped (with the reason) in a <see cref="RequiresPostgresAttribute"/> class when no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("ComplaintBot.Tests.Storage.StorageFactDiscoverer", "ComplaintBot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPostgres && PostgresTestDatabase.ServerConnectionString is null)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    PostgresTestDatabase.SkipReason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
