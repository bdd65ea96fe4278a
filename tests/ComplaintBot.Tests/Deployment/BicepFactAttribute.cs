namespace ComplaintBot.Tests.Deployment;

/// <summary>A fact that runs the Bicep compiler; skipped with the reason where the Linux x64 binary cannot run.</summary>
internal sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        if (!BicepCompiler.IsAvailable)
        {
            Skip = $"The Bicep CLI from NuGet runs on Linux x64 only and was not found at {BicepCompiler.ExecutablePath}.";
        }
    }
}
