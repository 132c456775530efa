using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Data;

/// <summary>The version now published and its triggers (now in the trigger index; the host schedules the cron ones).</summary>
public sealed record PublishResult(string DefinitionId, int Version, IReadOnlyList<TriggerDefinition> Triggers);
