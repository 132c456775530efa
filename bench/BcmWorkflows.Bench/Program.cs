using BcmWorkflows.Bench.Designer;
using BcmWorkflows.Bench.Durable;
using BcmWorkflows.Bench.InMemory;
using BcmWorkflows.Bench.Memory;
using BcmWorkflows.Bench.Notifications;

// Benchmarks print ratios against a baseline measured in the same run; docs/benchmarks.md records them.
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- inmemory [instances]
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- durable [seconds per round] (needs BCM_TEST_POSTGRES)
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- memory [instances]     (needs BCM_TEST_POSTGRES)
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- fanout [people]        (needs BCM_TEST_POSTGRES)
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- inbound [people]       (needs BCM_TEST_POSTGRES)
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- calltree [people]      (needs BCM_TEST_POSTGRES)
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- designer [activities]  (needs /usr/bin/chromium and npm)
var command = args.FirstOrDefault() ?? "inmemory";
int Arg(int fallback) => args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
return command switch
{
    "inmemory" => await InMemoryComparison.RunAsync(Arg(20_000)),
    "durable" => await DurableThroughput.RunAsync(Arg(4)),
    "memory" => await SuspendedMemory.RunAsync(Arg(10_000)),
    "fanout" => await FanOut.RunAsync(Arg(10_000)),
    "inbound" => await InboundAcks.RunAsync(Arg(10_000)),
    "calltree" => await CallTreeRun.RunAsync(Arg(5_000)),
    "designer" => await DesignerOpenAndDrag.RunAsync(Arg(300)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BcmWorkflows.Bench inmemory|durable|memory|fanout|inbound|calltree|designer [n]");
    return 2;
}
