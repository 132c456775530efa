namespace BcmWorkflows.Engine.Activities;

/// <summary>The fixed outcome ports of an activity. Activities with ports derived from their inputs implement <see cref="IHasDynamicOutcomes"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
