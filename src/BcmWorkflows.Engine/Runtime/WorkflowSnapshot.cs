using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>
/// An immutable copy of one definition version. Instances point at a snapshot, so editing a draft or
/// publishing a new version never changes what a running instance executes.
/// </summary>
public sealed record WorkflowSnapshot(string SnapshotId, string DefinitionId, int Version, WorkflowDefinition Definition);
