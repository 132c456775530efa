using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Instances;

/// <summary>The read side of instances: one, a filtered page (newest first), its journal, the definition it runs on.</summary>
public static class ReadInstances
{
    public const int MaxPageSize = 500;

    public sealed record JournalView(long Sequence, DateTimeOffset At, string ActivityId, string ActivityType, string Event, string? Outcome, string? Message);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-instances").WithTags("Workflow instances");
        group.MapGet("/{instanceId}", Get).WithSummary("One instance with variables, bookmarks and incidents.");
        group.MapGet("/", List).WithSummary("Instances, newest first; the total is in X-Total-Count.");
        group.MapGet("/{instanceId}/journal", Journal).WithSummary("The activity events of an instance in order.");
        group.MapGet("/{instanceId}/definition", Definition).WithSummary("The exact definition snapshot the instance runs on.");
    }

    private static async Task<Ok<InstanceView>> Get(string instanceId, BcmDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw new NotFoundException($"No workflow instance '{instanceId}'.");
        return TypedResults.Ok(InstanceView.From(record));
    }

    private static async Task<Ok<List<InstanceView>>> List(HttpResponse response, BcmDbContext db, string? definitionId, string? status,
        string? correlationId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = pageSize ?? 50;
        if (size is < 1 or > MaxPageSize) throw RequestValidationException.For("pageSize", $"Use 1 to {MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) throw RequestValidationException.For("page", "Pages start at 1.");

        var query = db.WorkflowInstances.AsNoTracking();
        if (!string.IsNullOrEmpty(definitionId)) query = query.Where(i => i.DefinitionId == definitionId);
        if (!string.IsNullOrEmpty(correlationId)) query = query.Where(i => i.CorrelationId == correlationId);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw RequestValidationException.For("status", $"Use one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
            var name = parsed.ToString();
            query = query.Where(i => i.Status == name);
        }
        response.Headers["X-Total-Count"] = (await query.CountAsync(cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var records = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(records.Select(InstanceView.From).ToList());
    }

    private static async Task<Ok<List<JournalView>>> Journal(string instanceId, BcmDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            throw new NotFoundException($"No workflow instance '{instanceId}'.");
        // Stored one row per burst; the contract stays one item per event.
        var bursts = await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.FirstSequence)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(JournalLines.Read(bursts)
            .Select(j => new JournalView(j.Sequence, j.At, j.ActivityId, j.ActivityType, j.Event, j.Outcome, j.Message)).ToList());
    }

    private static async Task<Ok<WorkflowDefinition>> Definition(string instanceId, BcmDbContext db, CancellationToken cancellationToken)
    {
        var snapshotId = await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.SnapshotId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No workflow instance '{instanceId}'.");
        var json = await db.WorkflowSnapshots.Where(s => s.SnapshotId == snapshotId).Select(s => s.Json).FirstAsync(cancellationToken);
        return TypedResults.Ok(WorkflowJson.ParseDefinition(json));
    }
}
