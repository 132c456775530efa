namespace BcmWorkflows.Engine.Runtime;

/// <summary>No definition (or version) with that id.</summary>
public sealed class WorkflowDefinitionNotFoundException(string message) : Exception(message);

/// <summary>The definition exists but no version is published.</summary>
public sealed class NothingPublishedException(string definitionId)
    : Exception($"The workflow '{definitionId}' has no published version.")
{
    public string DefinitionId { get; } = definitionId;
}

/// <summary>The start input does not satisfy the definition's declared inputs.</summary>
public sealed class WorkflowInputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The workflow input is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>No instance with that id.</summary>
public sealed class WorkflowInstanceNotFoundException(string instanceId)
    : Exception($"No workflow instance '{instanceId}'.");

/// <summary>The operation does not fit the instance's status (e.g. cancelling a finished instance).</summary>
public sealed class InvalidInstanceStateException(string message) : Exception(message);

/// <summary>Another executor saved the instance first; the burst is retried on fresh state.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
