using BenchmarkDotNet.Running;
using ComplaintBot.Benchmarks.Agents;

if (args.Length > 0 && args[0] == "handoff-latency")
{
    return await HandoffLatency.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(HandoffLatency).Assembly).Run(args);
return 0;
