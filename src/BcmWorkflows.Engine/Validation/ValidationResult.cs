namespace BcmWorkflows.Engine.Validation;

/// <summary>Every problem found in a definition; valid when there is no error (warnings are allowed).</summary>
public sealed class ValidationResult(IReadOnlyList<ValidationProblem> problems)
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
    public bool IsValid => !Errors.Any();

    /// <summary>Errors grouped by path, the shape of ProblemDetails' <c>errors</c>.</summary>
    public Dictionary<string, string[]> ErrorsByPath() => Group(Errors);
    public Dictionary<string, string[]> WarningsByPath() => Group(Warnings);

    private static Dictionary<string, string[]> Group(IEnumerable<ValidationProblem> problems) =>
        problems.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
