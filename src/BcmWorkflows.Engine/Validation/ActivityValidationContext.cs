using BcmWorkflows.Engine.Expressions;

namespace BcmWorkflows.Engine.Validation;

/// <summary>Lets an activity type add its own checks, located under the activity's JSON path.</summary>
public sealed class ActivityValidationContext
{
    private readonly List<ValidationProblem> _problems;
    private readonly ExpressionEngine _expressions;

    internal ActivityValidationContext(string activityPath, List<ValidationProblem> problems, ExpressionEngine expressions, IReadOnlySet<string> variables)
    {
        ActivityPath = activityPath;
        DeclaredVariables = variables;
        _problems = problems;
        _expressions = expressions;
    }

    /// <summary>e.g. <c>$.root.activities[3]</c>.</summary>
    public string ActivityPath { get; }

    /// <summary>The workflow's declared variable names.</summary>
    public IReadOnlySet<string> DeclaredVariables { get; }

    public void AddError(string relativePath, string message) => _problems.Add(new($"{ActivityPath}.{relativePath}", message));

    public void AddWarning(string relativePath, string message) =>
        _problems.Add(new($"{ActivityPath}.{relativePath}", message, ProblemSeverity.Warning));

    /// <summary>Reports every parse error of a Scriban expression found at <paramref name="relativePath"/>.</summary>
    public void CheckExpression(string relativePath, string text)
    {
        foreach (var error in _expressions.Check(text))
            AddError(relativePath, $"Scriban does not parse: {error.Message} (line {error.Line}, column {error.Column}).");
    }
}
