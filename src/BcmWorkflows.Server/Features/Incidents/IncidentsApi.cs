using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Features.Incidents;

public static class IncidentsApi
{
    /// <summary>Who may declare incidents and change them: Admin, Coordinator and Manager.</summary>
    internal static readonly string[] Responders = [Roles.Admin, Roles.Coordinator, Roles.Manager];

    /// <summary>Incidents under <c>/incidents</c>: reads for everyone signed in; declaring, status changes and notes for responders.</summary>
    public static RouteGroupBuilder MapIncidentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents");
        DeclareIncident.Map(group);
        ReadIncidents.Map(group);
        ChangeIncident.Map(group);
        return api;
    }
}
