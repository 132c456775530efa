namespace BcmWorkflows.Domain.CallTrees;

public enum QuorumKind
{
    All,
    Any,
    Count,
}
