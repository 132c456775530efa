namespace BcmWorkflows.Server.Features.Organisation;

public static class OrganisationApi
{
    /// <summary>Org units (<c>/org-units</c>) and BCM roles with their holders (<c>/bcm-roles</c>): reads for everyone signed in, writes for Manage.</summary>
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        OrgUnits.Map(api.MapGroup("/org-units").WithTags("Organisation"));
        BcmRoles.Map(api.MapGroup("/bcm-roles").WithTags("Organisation"));
        return api;
    }
}
