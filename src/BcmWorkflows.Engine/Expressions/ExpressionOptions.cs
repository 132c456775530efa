namespace BcmWorkflows.Engine.Expressions;

/// <summary>Sandbox limits for Scriban expressions (bound from <c>Bcm:Engine:Expressions</c>).</summary>
public sealed class ExpressionOptions
{
    /// <summary>Iterations one loop may run.</summary>
    public int LoopLimit { get; set; } = 10_000;
    /// <summary>Depth of nested function calls.</summary>
    public int RecursiveLimit { get; set; } = 64;
    /// <summary>Wall-clock time one evaluation may take.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Characters one rendered string may hold.</summary>
    public int OutputLimit { get; set; } = 1_000_000;
}
