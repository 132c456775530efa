using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.ApiKeys;

/// <summary><c>POST /api/api-keys</c> <c>{name, scopes}</c> → 201 with the key, shown this once; only its hash is stored.</summary>
public static class CreateApiKey
{
    public sealed record Request(string? Name, List<string?>? Scopes);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle).WithSummary("Create an API key for an integration; the key is in this answer only.");

    private static async Task<Created<CreatedApiKey>> Handle(HttpRequest http, BcmDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<Request>(http, ct);
        var (name, scopes) = Validate(body);
        var actor = http.HttpContext.User.AuditName() ?? Actors.System;
        var (id, key, hash) = ApiKeySecret.Create();
        var record = new ApiKeyRecord
        {
            Id = id, Name = name, Scopes = string.Join(' ', scopes), SecretHash = hash, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
        };
        db.ApiKeys.Add(record);
        audit.Record(Subjects.ApiKey(id), AuditKind.StateChange, "created", actor, $"API key '{name}' created with {string.Join(", ", scopes)}.",
            new JsonObject { ["name"] = name, ["scopes"] = new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]) });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/api-keys/{id}", new CreatedApiKey(id, name, scopes, key, record.CreatedAt, actor));
    }

    private static (string Name, IReadOnlyList<string> Scopes) Validate(Request body)
    {
        var errors = new Dictionary<string, string[]>();
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200) errors["$.name"] = ["A name of 1 to 200 characters is required."];
        var scopes = body.Scopes ?? [];
        if (scopes.Count == 0) errors["$.scopes"] = [$"At least one scope is required: {string.Join(", ", ApiKeyScopes.All.Order(StringComparer.Ordinal))}."];
        for (var i = 0; i < scopes.Count; i++)
        {
            if (scopes[i] is not { } scope || !ApiKeyScopes.All.Contains(scope))
                errors[$"$.scopes[{i}]"] = [$"Unknown scope '{scopes[i]}'; one of {string.Join(", ", ApiKeyScopes.All.Order(StringComparer.Ordinal))}."];
        }
        if (errors.Count > 0) throw new RequestValidationException("The API key is not valid.", errors);
        return (name!, scopes.Select(s => s!).Distinct(StringComparer.Ordinal).ToList());
    }
}
