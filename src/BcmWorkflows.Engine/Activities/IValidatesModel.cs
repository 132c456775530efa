using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Engine.Activities;

/// <summary>An activity with checks beyond its inputs' shapes (e.g. expressions inside a list).</summary>
public interface IValidatesModel
{
    static abstract void Validate(ActivityModel model, ActivityValidationContext context);
}
