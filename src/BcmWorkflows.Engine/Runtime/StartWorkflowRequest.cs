using System.Text.Json.Nodes;

namespace BcmWorkflows.Engine.Runtime;

/// <summary>Starts the published version of a definition, or <see cref="Version"/> when given.</summary>
public sealed record StartWorkflowRequest(string DefinitionId)
{
    public int? Version { get; init; }
    public JsonObject? Input { get; init; }
    public string? CorrelationId { get; init; }
    /// <summary>The event that started this instance: it must not also resume the instance's own waits.</summary>
    public long? TriggerStimulusId { get; init; }
}

/// <summary>Where an instance stands after a burst.</summary>
public sealed record WorkflowRunResult(string InstanceId, WorkflowStatus Status, int DefinitionVersion);

/// <summary>What an event did: instances it resumed and instances it started.</summary>
public sealed record EventResult(IReadOnlyList<string> Resumed, IReadOnlyList<string> Started)
{
    /// <summary>Definitions whose Event trigger matched but which could not start (their input refused), with the reason.</summary>
    public IReadOnlyList<NotStarted> NotStarted { get; init; } = [];
}

/// <summary>A triggered definition that did not start, and why (e.g. the event's payload lacks a required input).</summary>
public sealed record NotStarted(string DefinitionId, string Reason, IReadOnlyDictionary<string, string[]>? Errors = null);
