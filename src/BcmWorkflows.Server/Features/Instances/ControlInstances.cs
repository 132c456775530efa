using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Instances;

/// <summary>Operator actions on an instance: cancel, and retry the activity that faulted.</summary>
public static class ControlInstances
{
    public sealed record Response(string InstanceId, string Status);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-instances").WithTags("Workflow instances").RequireAuthorization(Policies.Design);
        group.MapPost("/{instanceId}/cancel", Cancel).WithSummary("Cancel: status Cancelled, bookmarks removed (409 when already ended).");
        group.MapPost("/{instanceId}/retry", Retry).WithSummary("Re-run the faulted activity of a Faulted instance.");
    }

    private static async Task<Ok<Response>> Cancel(string instanceId, WorkflowRuntime runtime, BcmDbContext db, CancellationToken cancellationToken)
    {
        await runtime.CancelAsync(instanceId, cancellationToken);
        return TypedResults.Ok(await StatusOf(instanceId, db, cancellationToken));
    }

    private static async Task<Ok<Response>> Retry(string instanceId, WorkflowRuntime runtime, BcmDbContext db, CancellationToken cancellationToken)
    {
        await runtime.RetryAsync(instanceId, cancellationToken);
        return TypedResults.Ok(await StatusOf(instanceId, db, cancellationToken));
    }

    private static async Task<Response> StatusOf(string instanceId, BcmDbContext db, CancellationToken cancellationToken) =>
        new(instanceId, await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Status).FirstAsync(cancellationToken));
}
