using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>Quartz job and trigger names, in one place.</summary>
internal static class SchedulingKeys
{
    public const string TimerGroup = "bcm-timers";
    public static string CronGroupOf(string definitionId) => $"bcm-cron:{definitionId}";
    public static readonly JobKey ResumeTimerJob = new("resume-timer", "bcm");
    public static readonly JobKey StartWorkflowJob = new("start-workflow", "bcm");
    public static readonly JobKey MaintenanceJob = new("maintenance", "bcm");

    public static TriggerKey Timer(string bookmarkId) => new(bookmarkId, TimerGroup);
    public static TriggerKey Cron(string definitionId, int index) => new($"{definitionId}#{index}", CronGroupOf(definitionId));
}
