namespace ComplaintBot.Tests.Storage;

/// <summary>A test that needs the PostgreSQL server of <c>COMPLAINTBOT_TEST_POSTGRES</c>; skipped, saying so, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.ServerConnectionString is null)
        {
            Skip = PostgresTestDatabase.SkipReason;
        }
    }
}
