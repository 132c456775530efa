namespace BcmWorkflows.Engine.Activities;

/// <summary>Documents an output the activity writes to <c>outputs.&lt;activityId&gt;.&lt;name&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutputAttribute(string name, string type, string description) : Attribute
{
    public string Name { get; } = name;
    public string Type { get; } = type;
    public string Description { get; } = description;
}
