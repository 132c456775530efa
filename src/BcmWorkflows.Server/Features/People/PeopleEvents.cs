using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;

namespace BcmWorkflows.Server.Features.People;

/// <summary>
/// Engine events about people, raised after the change is saved: <c>person.created</c> (payload <c>{ personId }</c>) for
/// one new person, <c>people.imported</c> (payload <c>{ personIds }</c>, the people an import created) for a bulk
/// import — one event, so that an HR sync of thousands starts one workflow, not thousands.
/// The training-assignment workflow listens to both.
/// </summary>
public static class PeopleEvents
{
    public const string PersonCreated = "person.created";
    public const string PeopleImported = "people.imported";

    public static Task RaiseCreatedAsync(WorkflowRuntime runtime, string personId, CancellationToken cancellationToken) =>
        runtime.RaiseEventAsync(PersonCreated, personId, new JsonObject { ["personId"] = personId }, cancellationToken);

    public static Task RaiseImportedAsync(WorkflowRuntime runtime, IReadOnlyList<string> createdIds, CancellationToken cancellationToken) =>
        createdIds.Count == 0
            ? Task.CompletedTask
            : runtime.RaiseEventAsync(PeopleImported, null, new JsonObject { ["personIds"] = new JsonArray(createdIds.Select(id => (JsonNode?)id).ToArray()) }, cancellationToken);
}
