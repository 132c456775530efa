using System.Text.Json.Nodes;
using BcmWorkflows.Activities.Bcm.Tasks;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Tasks;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>
/// <c>POST /api/tasks/{id}/complete</c> <c>{ outcome, comment }</c>, <c>/delegate</c> <c>{ personId, comment }</c> and
/// <c>/cancel</c>. The rules are the task's (<see cref="HumanTask"/>); these save, then wake the waiting workflow.
/// </summary>
public static class TaskDecisions
{
    public sealed record CompleteRequest(string? Outcome, string? Comment);
    public sealed record DelegateRequest(string? PersonId, string? Comment);

    /// <summary>Saves the decision, then raises <c>bcm.task.completed</c> (correlation: the task id) so the workflow continues on the outcome's port.</summary>
    public static async Task<Ok<TaskDetail>> Complete(string id, HttpContext http, BcmDbContext db, HumanTasks tasks, WorkflowRuntime runtime, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CompleteRequest>(http.Request, ct);
        var reader = await TaskReader.OfAsync(http.User, db, ct);
        var task = await tasks.CompleteAsync(id, body.Outcome, body.Comment, reader.PersonId, reader.Actor, ct);
        await SaveAsync(db, ct);
        // After the commit: the activity re-reads the task when it wakes, so the decision is there to find.
        await runtime.RaiseEventAsync(TaskEvents.Completed, task.Id, new JsonObject { ["taskId"] = task.Id, ["outcome"] = task.Outcome }, ct);
        return TypedResults.Ok(await ReadTasks.DetailAsync(id, http, db, ct));
    }

    /// <summary>Lets another person complete the task; by an assignee or a coordinator. The delegate gets <c>task-assigned</c>.</summary>
    public static async Task<Ok<TaskDetail>> Delegate(string id, HttpContext http, BcmDbContext db, HumanTasks tasks, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<DelegateRequest>(http.Request, ct);
        var reader = await TaskReader.OfAsync(http.User, db, ct);
        await tasks.DelegateAsync(id, body.PersonId?.Trim(), reader.PersonId, reader.Manages, reader.Actor, body.Comment, ct);
        await SaveAsync(db, ct);
        return TypedResults.Ok(await ReadTasks.DetailAsync(id, http, db, ct));
    }

    /// <summary>
    /// Cancels an open task whose workflow no longer runs (a stray left by a failure). While the instance runs the task
    /// is cancelled by cancelling the instance instead (409 saying so), so that a workflow never waits for a task that
    /// can no longer be completed.
    /// </summary>
    public static async Task<Ok<TaskDetail>> Cancel(string id, HttpContext http, BcmDbContext db, HumanTasks tasks, CancellationToken ct)
    {
        var task = await tasks.GetAsync(id, ct);
        var instanceStatus = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.Status).FirstOrDefaultAsync(ct);
        if (task.Status == HumanTaskStatus.Open && instanceStatus is nameof(WorkflowStatus.Running) or nameof(WorkflowStatus.Suspended) or nameof(WorkflowStatus.Faulted))
        {
            throw new InvalidTransitionException("status", task.Status.ToString(), nameof(HumanTaskStatus.Cancelled),
                $"Workflow instance {task.InstanceId} is {instanceStatus} and waits for this task: cancel the instance " +
                $"(POST /api/workflow-instances/{task.InstanceId}/cancel) and its task is cancelled with it.");
        }
        var reader = await TaskReader.OfAsync(http.User, db, ct);
        await tasks.CancelAsync(id, reader.Actor, $"cancelled by {reader.Actor}.", ct);
        await SaveAsync(db, ct);
        return TypedResults.Ok(await ReadTasks.DetailAsync(id, http, db, ct));
    }

    private static async Task SaveAsync(BcmDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The task changed at the same moment (someone else decided or delegated it); read it again.");
        }
    }
}
