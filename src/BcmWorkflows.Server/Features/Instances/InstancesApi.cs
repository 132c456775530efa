namespace BcmWorkflows.Server.Features.Instances;

public static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this RouteGroupBuilder api)
    {
        StartInstance.Map(api);
        ReadInstances.Map(api);
        ControlInstances.Map(api);
        return api;
    }
}
