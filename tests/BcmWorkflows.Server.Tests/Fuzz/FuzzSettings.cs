using System.Globalization;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>
/// The fuzz run's seed and size: <c>BCM_FUZZ_SEED</c> (default a fixed seed, so CI runs are repeatable) and
/// <c>BCM_FUZZ_COUNT</c> (requests over all four kinds of input; default 4,000). Each kind gets a quarter of the count
/// and its own <see cref="Random"/> derived from the seed, so a failure can be replayed kind by kind.
/// </summary>
public static class FuzzSettings
{
    public const int DefaultSeed = 20261128;
    public const int DefaultCount = 4000;

    public static int Seed { get; } = Read("BCM_FUZZ_SEED", DefaultSeed);

    public static int Count { get; } = Math.Max(4, Read("BCM_FUZZ_COUNT", DefaultCount));

    /// <summary>The number of requests for one kind of input.</summary>
    public static int PerKind => Count / 4;

    /// <summary>A generator for one kind of input: the seed mixed with a fixed number per kind.</summary>
    public static Random For(int kind) => new(unchecked(Seed * 31 + kind));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
