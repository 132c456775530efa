namespace BcmWorkflows.Engine.Activities;

/// <summary>
/// Marks a settable property as an activity input. The engine evaluates the definition's value for it
/// before <see cref="Activity.ExecuteAsync"/> and converts it to the property's type.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Name in the definition; defaults to the camelCase property name.</summary>
    public string? Name { get; set; }
    public bool Required { get; set; }
    public string Description { get; set; } = "";
    /// <summary>A designer hint such as <c>Duration</c>, <c>Expression</c>, <c>Template</c>, <c>Person</c>.</summary>
    public string? UiHint { get; set; }
    /// <summary>
    /// When true the engine does not evaluate the value; the activity reads the raw <see cref="Model.InputValue"/>
    /// (used by inputs that hold expressions evaluated later, such as <c>Switch</c> cases).
    /// </summary>
    public bool Raw { get; set; }
    /// <summary>Allowed values for a string input, shown as a drop-down.</summary>
    public string[]? Options { get; set; }
}
