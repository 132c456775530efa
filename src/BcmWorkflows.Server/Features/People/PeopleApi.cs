namespace BcmWorkflows.Server.Features.People;

public static class PeopleApi
{
    /// <summary>People under <c>/people</c>: reads for any signed-in user, writes and imports for <c>Policies.Design</c>.</summary>
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        ReadPeople.Map(group);
        CreatePerson.Map(group);
        UpdatePerson.Map(group);
        ImportPeople.Map(group);
        return api;
    }
}
