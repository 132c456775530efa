using BcmWorkflows.Bench.InMemory;

// Benchmarks print ratios against a baseline measured in the same run; docs/benchmarks.md records them.
//   dotnet run -c Release --project bench/BcmWorkflows.Bench -- inmemory [count]
var command = args.FirstOrDefault() ?? "inmemory";
var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
return command switch
{
    "inmemory" => await InMemoryComparison.RunAsync(count),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BcmWorkflows.Bench inmemory [count]");
    return 2;
}
