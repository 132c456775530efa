using BcmWorkflows.Engine.Activities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.ActivityTypes;

/// <summary><c>GET /api/activity-types</c>: descriptors the designer builds its palette and property panels from.</summary>
public static class ListActivityTypes
{
    public sealed record InputDto(string Name, string Type, bool Required, string Description, string? UiHint, IReadOnlyList<string>? Options);
    public sealed record OutputDto(string Name, string Type, string Description);
    public sealed record Descriptor(string Type, string DisplayName, string Category, string Description,
        IReadOnlyList<InputDto> Inputs, IReadOnlyList<string> Outcomes, bool HasDynamicOutcomes, IReadOnlyList<OutputDto> Outputs);

    public static RouteGroupBuilder MapActivityTypesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/activity-types", (ActivityRegistry registry) => TypedResults.Ok(Describe(registry)))
            .WithTags("Activity types").WithSummary("Every activity type with its inputs and outcome ports.");
        return api;
    }

    private static List<Descriptor> Describe(ActivityRegistry registry) =>
        registry.All.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal)
            .Select(d => new Descriptor(d.Type, d.DisplayName, d.Category, d.Description,
                d.Inputs.Select(i => new InputDto(i.Name, i.Type, i.Required, i.Description, i.UiHint, i.Options)).ToList(),
                d.Outcomes, d.HasDynamicOutcomes,
                d.Outputs.Select(o => new OutputDto(o.Name, o.Type, o.Description)).ToList()))
            .ToList();
}
