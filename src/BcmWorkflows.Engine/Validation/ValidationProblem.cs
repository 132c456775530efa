namespace BcmWorkflows.Engine.Validation;

public enum ProblemSeverity { Error, Warning }

/// <summary>One problem in a definition, located by its JSON path (<c>$.root.activities[2].inputs.duration</c>).</summary>
public sealed record ValidationProblem(string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error);
