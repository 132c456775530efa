namespace BcmWorkflows.Engine.Runtime;

/// <summary>Thrown by an activity to fault the instance with a message (the <c>Fault</c> activity, failed inputs).</summary>
public sealed class WorkflowFaultException(string message, Exception? inner = null) : Exception(message, inner);
