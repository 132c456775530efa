using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Features.Tasks;

public static class TasksApi
{
    /// <summary>The task inbox (<c>/tasks</c>): reads and decisions for everyone signed in (the task decides who may), cancel for Manage.</summary>
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", ReadTasks.List).WithSummary("Tasks, newest first (mine, status, subject, page, pageSize); the total is in X-Total-Count.");
        group.MapGet("/{id}", ReadTasks.Get).WithSummary("One task with its assignees, delegates, history and decision context.");
        group.MapPost("/{id}/complete", TaskDecisions.Complete).WithSummary("Complete with { outcome, comment }: assignees and delegates only.");
        group.MapPost("/{id}/delegate", TaskDecisions.Delegate).WithSummary("Let another person complete it, { personId, comment }: an assignee or a coordinator.");
        group.MapPost("/{id}/cancel", TaskDecisions.Cancel).RequireAuthorization(Policies.Manage)
            .WithSummary("Cancel a task whose workflow instance no longer runs (409 while it does: cancel the instance).");
        return api;
    }
}
