namespace BcmWorkflows.Server.Features.CallTrees;

public static class CallTreesApi
{
    /// <summary>Call trees under <c>/call-trees</c>: reads for everyone signed in; saving and activating for Manage.</summary>
    public static RouteGroupBuilder MapCallTreesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/call-trees").WithTags("Call trees");
        SaveCallTree.Map(group);
        ReadCallTrees.Map(group);
        EstimateCallTree.Map(group);
        ActivateCallTree.Map(group);
        ListActivations.Map(group);
        return api;
    }
}
