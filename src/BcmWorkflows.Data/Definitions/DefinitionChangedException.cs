namespace BcmWorkflows.Data;

/// <summary>
/// The latest version is no longer the one the caller read (<c>If-Match</c> did not match), or a workflow meant to be
/// new already exists (<c>If-None-Match: *</c>): a 412 problem.
/// </summary>
public sealed class DefinitionChangedException(DefinitionStamp? current, bool exists = false)
    : Exception(exists && current is not null
        ? $"A workflow with the id '{current.DefinitionId}' already exists (version {current.Version}, last changed by {current.UpdatedBy ?? "someone"})."
        : current is null
            ? "This workflow no longer exists."
            : $"Version {current.Version} of '{current.DefinitionId}' was {(current.IsPublished ? "published" : "saved")} by {current.UpdatedBy ?? "someone"} at {current.UpdatedAt:u} after you opened it.")
{
    /// <summary>The latest version now; null when the definition is gone.</summary>
    public DefinitionStamp? Current { get; } = current;
}
