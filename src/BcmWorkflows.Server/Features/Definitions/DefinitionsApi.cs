namespace BcmWorkflows.Server.Features.Definitions;

public static class DefinitionsApi
{
    public static RouteGroupBuilder MapDefinitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-definitions").WithTags("Workflow definitions");
        ReadDefinitions.Map(group);
        SaveDraft.Map(group);
        PublishDefinition.Map(group);
        RetractDefinition.Map(group);
        RevertDefinition.Map(group);
        return api;
    }
}
