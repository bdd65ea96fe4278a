namespace ComplaintBot.Tests.DirectLine;

/// <summary>
/// A test that drives Debian's Chromium. It is skipped only on a machine without /usr/bin/chromium, and never when
/// COMPLAINTBOT_REQUIRE_BROWSER=1 (CI): there a missing browser fails the test instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("COMPLAINTBOT_REQUIRE_BROWSER") != "1")
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium); set COMPLAINTBOT_REQUIRE_BROWSER=1 to fail instead.";
        }
    }
}
