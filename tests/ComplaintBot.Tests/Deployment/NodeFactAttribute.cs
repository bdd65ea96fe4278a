namespace ComplaintBot.Tests.Deployment;

/// <summary>A fact that needs node and npm; skipped with the reason when they are not installed (CI installs them).</summary>
internal sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!ExternalProcess.IsOnPath("node") || !ExternalProcess.IsOnPath("npm"))
        {
            Skip = "node and npm are not on PATH: the Teams package build needs them (.ci/setup-services.sh installs them).";
        }
    }
}
