using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;

namespace BcmWorkflows.Activities.Bcm;

/// <summary>
/// Turns member references (<c>person:{id}</c>, <c>role:{key}</c>, <c>orgunit:{id}</c>, bare person ids) into person
/// ids, each once, in order (roles by rank): what sending activities take. References that name nobody are skipped.
/// </summary>
[Activity("ResolveMembers", "BCM", "Resolves member references (people, BCM roles, org units) to the person ids they stand for.", DisplayName = "Resolve members")]
[Outcomes("Done", "Empty")]
[Output("personIds", "Array", "The people, each once, in order.")]
[Output("count", "Number", "How many people.")]
public sealed class ResolveMembers(Roster roster) : Activity
{
    [Input(Required = true, Description = "Member references: person:{id}, role:{key}, orgunit:{id} or a person id.", UiHint = "People")]
    public List<string> Members { get; set; } = [];

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var people = await roster.ResolveAsync(Members.Where(m => !string.IsNullOrWhiteSpace(m)), context.CancellationToken);
        context.SetOutput("personIds", new JsonArray(people.Select(p => (JsonNode?)p).ToArray()));
        context.SetOutput("count", people.Count);
        context.Complete(people.Count == 0 ? "Empty" : "Done");
    }
}
