using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Tasks;

namespace BcmWorkflows.Server.Features.Tasks;

/// <summary>
/// Adds what a person needs to decide to the task view (<c>GET /api/tasks/{id}</c> → <c>context</c>): e.g. the
/// section-by-section diff of a plan revision when the task's subject is <c>plan:{id}</c> with a
/// <c>subjectRevision</c>. Register implementations as scoped services; the first one that answers (non-null) wins;
/// with none registered <c>context</c> is null.
/// </summary>
public interface ITaskContext
{
    /// <summary>The context for this task, or null when this provider has nothing to say about it.</summary>
    Task<JsonNode?> DescribeAsync(HumanTask task, CancellationToken cancellationToken);
}
