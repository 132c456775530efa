using BcmWorkflows.Engine.Runtime;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

/// <summary>A Cron trigger fired: start the definition's published version.</summary>
public sealed class StartWorkflowJob(WorkflowRuntime runtime, ILogger<StartWorkflowJob> logger) : IJob
{
    public const string DefinitionIdKey = "definitionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var definitionId = context.MergedJobDataMap.GetString(DefinitionIdKey)!;
        try
        {
            var run = await runtime.StartAsync(new StartWorkflowRequest(definitionId), cancellationToken);
            logger.LogInformation("Cron trigger {Trigger} started {DefinitionId} as {InstanceId}", context.Trigger.Key.Name, definitionId, run.InstanceId);
        }
        catch (Exception ex) when (ex is NothingPublishedException or WorkflowDefinitionNotFoundException or WorkflowInputException)
        {
            logger.LogWarning("Cron trigger {Trigger} could not start {DefinitionId}: {Reason}", context.Trigger.Key.Name, definitionId, ex.Message);
        }
    }
}
