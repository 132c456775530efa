namespace BcmWorkflows.Data;

/// <summary>The latest version is no longer the one the caller read (<c>If-Match</c> did not match): a 412 problem.</summary>
public sealed class DefinitionChangedException(DefinitionStamp? current)
    : Exception(current is null
        ? "This workflow no longer exists."
        : $"Version {current.Version} of '{current.DefinitionId}' was {(current.IsPublished ? "published" : "saved")} by {current.UpdatedBy ?? "someone"} at {current.UpdatedAt:u} after you opened it.")
{
    /// <summary>The latest version now; null when the definition is gone.</summary>
    public DefinitionStamp? Current { get; } = current;
}
