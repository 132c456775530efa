namespace BcmWorkflows.Engine.Expressions;

/// <summary>An expression that does not parse, fails at run time or breaks a sandbox limit.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
