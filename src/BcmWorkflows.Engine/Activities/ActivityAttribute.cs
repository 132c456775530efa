namespace BcmWorkflows.Engine.Activities;

/// <summary>Marks a class as an activity type; the registry discovers it by this attribute.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, string category, string description) : Attribute
{
    /// <summary>The type name used in definitions (<c>"type": "Delay"</c>).</summary>
    public string Type { get; } = type;
    public string Category { get; } = category;
    public string Description { get; } = description;
    /// <summary>Shown in the designer's palette; defaults to <see cref="Type"/> split into words.</summary>
    public string? DisplayName { get; set; }
}
