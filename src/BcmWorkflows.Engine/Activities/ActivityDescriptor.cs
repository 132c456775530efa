using System.Reflection;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Engine.Activities;

/// <summary>What the designer and the validator know about an activity type, read from its attributes.</summary>
public sealed class ActivityDescriptor
{
    public required string Type { get; init; }
    public required string DisplayName { get; init; }
    public required string Category { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }
    /// <summary>True when ports are computed from the activity's inputs (see <see cref="GetOutcomes"/>).</summary>
    public bool HasDynamicOutcomes { get; init; }

    [System.Text.Json.Serialization.JsonIgnore] public required Type ClrType { get; init; }
    internal Func<ActivityModel, IReadOnlyList<string>>? DynamicOutcomes { get; init; }
    internal Action<ActivityModel, ActivityValidationContext>? ModelValidator { get; init; }

    /// <summary>The ports this configured activity has.</summary>
    public IReadOnlyList<string> GetOutcomes(ActivityModel model) =>
        DynamicOutcomes is null ? Outcomes : DynamicOutcomes(model);
}

/// <summary>One input of an activity type.</summary>
public sealed class InputDescriptor
{
    public required string Name { get; init; }
    /// <summary><c>String</c>, <c>Boolean</c>, <c>Number</c>, <c>Duration</c>, <c>Object</c>, <c>Array</c> or <c>Any</c>.</summary>
    public required string Type { get; init; }
    public required bool Required { get; init; }
    public required string Description { get; init; }
    public string? UiHint { get; init; }
    public IReadOnlyList<string>? Options { get; init; }

    [System.Text.Json.Serialization.JsonIgnore] public required PropertyInfo Property { get; init; }
    internal bool Raw { get; init; }
}

/// <summary>One output of an activity type.</summary>
public sealed record OutputDescriptor(string Name, string Type, string Description);
