using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// The engine's traces and metrics, through the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/> (no
/// OpenTelemetry dependency here: the host subscribes by name). Recording costs nothing when nobody listens, and
/// wall-clock timings never feed back into execution, so the engine stays deterministic.
/// </summary>
public static class EngineTelemetry
{
    public const string Name = "BcmWorkflows.Engine";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>Bursts run (start, resume, event, timer, retry), by definition and the status the instance was left in.</summary>
    public static readonly Counter<long> Bursts = Meter.CreateCounter<long>("bcm.engine.bursts", "{burst}", "Workflow bursts run");

    public static readonly Histogram<double> BurstDuration = Meter.CreateHistogram<double>("bcm.engine.burst.duration", "ms",
        "Time to run one burst (activities until every path waits or ends), before its commit");

    /// <summary>Time in one activity's Execute or Resume, by activity type and result (completed, waiting, faulted).</summary>
    public static readonly Histogram<double> ActivityDuration = Meter.CreateHistogram<double>("bcm.engine.activity.duration", "ms",
        "Time in one activity's execute or resume");

    public static double MillisecondsSince(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;
}
