namespace BcmWorkflows.Engine.Expressions;

/// <summary>A parse error with its 1-based position inside the expression text.</summary>
public sealed record ExpressionError(string Message, int Line, int Column)
{
    public override string ToString() => $"{Message} (line {Line}, column {Column})";
}
