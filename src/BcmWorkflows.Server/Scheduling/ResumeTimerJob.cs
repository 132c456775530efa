using BcmWorkflows.Engine.Runtime;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>Fires a timer bookmark (Delay, a wait's timeout). Resuming a gone bookmark is a no-op.</summary>
public sealed class ResumeTimerJob(WorkflowRuntime runtime, ILogger<ResumeTimerJob> logger) : IJob
{
    public const string InstanceIdKey = "instanceId";
    public const string BookmarkIdKey = "bookmarkId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var instanceId = data.GetString(InstanceIdKey)!;
        var bookmarkId = data.GetString(BookmarkIdKey)!;
        try
        {
            await runtime.ResumeAsync(instanceId, bookmarkId, null, cancellationToken);
        }
        catch (WorkflowInstanceNotFoundException)
        {
            logger.LogInformation("Timer {BookmarkId} fired for deleted instance {InstanceId}", bookmarkId, instanceId);
        }
    }
}
