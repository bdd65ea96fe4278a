using BenchmarkDotNet.Running;
using ComplaintBot.Benchmarks.Agents;
using ComplaintBot.Benchmarks.CheckIns;

if (args.Length > 0 && args[0] == "handoff-latency")
{
    return await HandoffLatency.RunAsync(args);
}

if (args.Length > 0 && args[0] == "checkin-dispatch")
{
    return await CheckInDispatchBenchmark.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(HandoffLatency).Assembly).Run(args);
return 0;
