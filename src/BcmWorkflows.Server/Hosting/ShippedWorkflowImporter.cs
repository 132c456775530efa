using System.Text.Json;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Validation;
using BcmWorkflows.Server.Scheduling;

namespace BcmWorkflows.Server.Hosting;

/// <summary>
/// Imports every <c>workflows/*.json</c> at start-up: created and published if absent, a new published
/// version if the file changed, untouched otherwise. A file that does not parse or validate is logged
/// and skipped; it never half-imports.
/// </summary>
public sealed class ShippedWorkflowImporter(
    WorkflowDefinitionService definitions,
    DefinitionValidator validator,
    CronTriggerSynchronizer cron,
    ILogger<ShippedWorkflowImporter> logger)
{
    public const string SystemUser = "system";

    public async Task<IReadOnlyDictionary<string, ImportOutcome>> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, ImportOutcome>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            Engine.Model.WorkflowDefinition definition;
            try
            {
                definition = WorkflowJson.ParseDefinition(await File.ReadAllTextAsync(file, cancellationToken));
            }
            catch (JsonException ex)
            {
                logger.LogError("Shipped workflow {File} is not valid JSON and was skipped: {Reason}", name, ex.Message);
                continue;
            }
            var result = validator.Validate(definition);
            if (!result.IsValid)
            {
                logger.LogError("Shipped workflow {File} is not valid and was skipped: {Errors}", name,
                    string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
                continue;
            }
            var outcome = await definitions.ImportAsync(definition, SystemUser, cancellationToken);
            outcomes[definition.DefinitionId] = outcome;
            if (outcome != ImportOutcome.Unchanged)
            {
                await cron.SyncAsync(definition.DefinitionId, definition.Triggers, cancellationToken);
                logger.LogInformation("Shipped workflow {DefinitionId} {Outcome} from {File}", definition.DefinitionId, outcome, name);
            }
        }
        return outcomes;
    }
}
