using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Activities;

/// <summary>An activity whose ports depend on its configuration (e.g. one port per <c>Switch</c> case).</summary>
public interface IHasDynamicOutcomes
{
    static abstract IReadOnlyList<string> GetOutcomes(ActivityModel model);
}
