using BcmWorkflows.Domain.Processes;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Can the plan recover its processes in time? For each process linked to the plan, the durations of its recovery
/// steps are added up (steps run one after the other, the cautious assumption) and compared with the process's RTO.
/// A linked process without steps is warned about too: the plan says nothing about recovering it.
/// </summary>
public static class RtoCheck
{
    public const string Field = "recoverySteps";

    public static IReadOnlyList<RtoWarning> Check(PlanContent content, IEnumerable<CriticalProcess> linkedProcesses)
    {
        var warnings = new List<RtoWarning>();
        foreach (var process in linkedProcesses)
        {
            var steps = content.RecoverySteps.Where(s => s?.ProcessId == process.Id).ToList();
            if (steps.Count == 0)
            {
                warnings.Add(new RtoWarning(process.Id, Field, $"The plan has no recovery steps for the linked process '{process.Name}'."));
                continue;
            }
            var total = Total(steps);
            if (IsoDuration.TryParse(process.Rto, out var rto) && total > rto)
                warnings.Add(new RtoWarning(process.Id, Field,
                    $"The recovery steps for '{process.Name}' take {IsoDuration.Format(total)} ({IsoDuration.Describe(total)}), longer than its RTO of {process.Rto} ({IsoDuration.Describe(rto)})."));
        }
        return warnings;
    }

    /// <summary>The sum of the steps' durations; steps with an unreadable duration count as zero (validation refuses them on the way in).</summary>
    public static TimeSpan Total(IEnumerable<RecoveryStep> steps) =>
        steps.Aggregate(TimeSpan.Zero, (sum, step) => IsoDuration.TryParse(step.Duration, out var d) ? sum + d : sum);
}
