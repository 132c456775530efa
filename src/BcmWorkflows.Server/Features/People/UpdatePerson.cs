using BcmWorkflows.Data;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.People;

/// <summary>
/// <c>PUT /api/people/{id}</c>: replace a person's fields (opt-outs only when given), guarded by the revision last
/// read: a stale one → 409, also when another writer (an edit, an import, a STOP by SMS) commits in between.
/// </summary>
public static class UpdatePerson
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id}", Handle)
            .RequireAuthorization(Policies.Design)
            .AcceptsApiKeyScope(ApiKeyScopes.PeopleSync)
            .WithSummary("Update a person; send the revision you read (409 when someone changed it since).");

    private static async Task<Ok<PersonView>> Handle(string id, HttpRequest request, BcmDbContext db, PersonValidator validator,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PersonRequest>(request, cancellationToken);
        if (body.Revision is not { } revision)
            throw RequestValidationException.For("revision", "Send the revision of the person as you read it (optimistic concurrency).");
        var values = await PersonWrites.ValidateAsync(body, validator, db, cancellationToken);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No person '{id}'.");
        if (person.Revision != revision)
            throw new ConflictException($"Person '{id}' changed since you read it (revision {revision}, now {person.Revision}): read it again and reapply your change.");

        PersonWrites.Apply(person, values, body, clock.GetUtcNow());
        person.Revision = revision + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Person '{id}' was changed by someone else while you saved: read it again and reapply your change.");
        }
        return TypedResults.Ok(PersonView.From(person));
    }
}
