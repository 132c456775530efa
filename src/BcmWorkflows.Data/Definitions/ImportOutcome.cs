namespace BcmWorkflows.Data;

/// <summary>What <see cref="WorkflowDefinitionService.ImportAsync"/> did with a shipped definition file.</summary>
public enum ImportOutcome
{
    /// <summary>The definition id was new: version 1 saved and published.</summary>
    Created,
    /// <summary>The file differed from the latest version: a new version saved and published.</summary>
    Updated,
    /// <summary>The latest version already equals the file (published now if it was not).</summary>
    Unchanged,
}
