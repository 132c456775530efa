namespace BcmWorkflows.Data.Entities;

/// <summary>
/// The JSON of one definition version as it was at one moment. Content-addressed
/// (<see cref="SnapshotId"/> is the SHA-256 of definition id, version and canonical JSON) and never
/// updated, so an instance always runs exactly what it started on.
/// </summary>
public class WorkflowSnapshotRecord
{
    public string SnapshotId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    /// <summary>The definition without server-owned fields, serialised with <c>WorkflowJson.Options</c>.</summary>
    public string Json { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
