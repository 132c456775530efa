using BcmWorkflows.Data;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.People;

/// <summary><c>POST /api/people</c>: validate (400 keyed by field) and create → 201 with the person and its revision.</summary>
public static class CreatePerson
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Policies.Design)
            .AcceptsApiKeyScope(ApiKeyScopes.PeopleSync)
            .WithSummary("Create a person (phone stored in E.164).");

    private static async Task<Created<PersonView>> Handle(HttpRequest request, BcmDbContext db, PersonValidator validator,
        TimeProvider clock, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PersonRequest>(request, cancellationToken);
        var values = await PersonWrites.ValidateAsync(body, validator, db, cancellationToken);
        var now = clock.GetUtcNow();
        var person = new Person { Id = Guid.CreateVersion7().ToString("N"), Name = values.Name, CreatedAt = now, Revision = 1 };
        PersonWrites.Apply(person, values, body, now);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        await PeopleEvents.RaiseCreatedAsync(runtime, person.Id, cancellationToken);
        return TypedResults.Created($"/api/people/{person.Id}", PersonView.From(person));
    }
}
