using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>API keys: created by administrators, shown once, stored as a hash, scoped to a few endpoints, revocable at once.</summary>
public abstract class ApiKeyTests(ServerFixture server)
{
    private async Task<(string Id, string Key)> CreateKeyAsync(params string[] scopes)
    {
        var admin = await server.AdminAsync();
        var body = await admin.PostAsJsonAsync("/api/api-keys", new { name = $"integration {Guid.NewGuid():N}", scopes }).ExpectAsync(HttpStatusCode.Created);
        return (body.Str("id"), body.Str("key"));
    }

    private HttpClient KeyClient(string key, bool asHeader = false)
    {
        var client = server.Anonymous();
        if (asHeader) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        else client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"ApiKey {key}");
        return client;
    }

    private static object Incident(string title) => new { title, category = "Technical", subcategory = "SystemCrash", severity = 2 };

    [Fact]
    public async Task A_created_key_is_shown_once_and_only_its_sha256_is_stored()
    {
        var (id, key) = await CreateKeyAsync("incidents:declare");

        Assert.Matches($"^bcm_{id}_[0-9a-f]{{64}}$", key);
        var stored = await server.Factory.DbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key.Split('_')[2])), stored.SecretHash);
        Assert.DoesNotContain(key.Split('_')[2], $"{stored.Name}{stored.Scopes}{stored.CreatedBy}");

        var listed = (await (await server.AdminAsync()).GetOkAsync("/api/api-keys")).AsArray().Single(k => k.Str("id") == id)!;
        listed.HasFields("id", "name", "scopes", "createdAt", "createdBy", "lastUsedAt", "revokedAt");
        Assert.Null(listed["key"]);
        Assert.DoesNotContain(key.Split('_')[2], listed.ToJsonString());
        Assert.Equal(BcmServerFactory.AdminEmail, listed.Str("createdBy"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_declare_key_declares_incidents_and_is_recorded_as_the_declarer(bool asHeader)
    {
        var (id, key) = await CreateKeyAsync("incidents:declare");
        using var client = KeyClient(key, asHeader);

        var incident = await client.PostAsJsonAsync("/api/incidents", Incident("Monitoring: datacentre down")).ExpectAsync(HttpStatusCode.Created);

        var name = (await (await server.AdminAsync()).GetOkAsync($"/api/api-keys/{id}")).Str("name");
        Assert.Equal($"api-key:{name}", incident.Str("declaredBy"));
        Assert.NotNull((await (await server.AdminAsync()).GetOkAsync($"/api/api-keys/{id}"))["lastUsedAt"]);
    }

    [Fact]
    public async Task A_key_can_do_nothing_beyond_its_scopes()
    {
        var (_, key) = await CreateKeyAsync("incidents:declare");
        using var client = KeyClient(key);

        await client.GetAsync("/api/incidents").ProblemAsync(HttpStatusCode.Forbidden);
        await client.GetAsync("/api/people").ProblemAsync(HttpStatusCode.Forbidden);
        await client.GetAsync("/api/auth/me").ProblemAsync(HttpStatusCode.Forbidden);
        await client.PostJsonAsync("/api/events/key-test", "{}").ProblemAsync(HttpStatusCode.Forbidden);
        await client.PostAsJsonAsync("/api/people", new { name = "Nobody", email = "nobody@example.org", channels = new[] { "Email" } }).ProblemAsync(HttpStatusCode.Forbidden);
        var id = WorkflowApi.NewId("key");
        await client.PutJsonAsync(WorkflowApi.DefinitionUrl(id), Workflows.Simple(id)).ProblemAsync(HttpStatusCode.Forbidden);
        await client.PostAsJsonAsync("/api/api-keys", new { name = "escalate", scopes = new[] { "people:sync" } }).ProblemAsync(HttpStatusCode.Forbidden);

        await (await server.AdminAsync()).GetAsync(WorkflowApi.DefinitionUrl(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task People_sync_and_event_keys_do_their_jobs()
    {
        var (_, people) = await CreateKeyAsync("people:sync");
        var (_, events) = await CreateKeyAsync("events:raise");

        using (var client = KeyClient(people))
            await client.PostAsJsonAsync("/api/people", new { name = "Synced Person", email = $"{Guid.NewGuid():N}@example.org", channels = new[] { "Email" } })
                .ExpectAsync(HttpStatusCode.Created);
        using (var client = KeyClient(events))
            (await client.PostJsonAsync($"/api/events/{WorkflowApi.NewId("evt")}", "{}").ExpectAsync(HttpStatusCode.OK)).HasFields("resumed", "started");
    }

    [Fact]
    public async Task A_revoked_key_is_refused_from_the_next_request_and_the_audit_trail_says_who_did_what()
    {
        var (id, key) = await CreateKeyAsync("incidents:declare");
        using var client = KeyClient(key);
        await client.PostAsJsonAsync("/api/incidents", Incident("Before revocation")).ExpectAsync(HttpStatusCode.Created);

        var admin = await server.AdminAsync();
        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{id}")) Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        using (var refused = await client.PostAsJsonAsync("/api/incidents", Incident("After revocation")))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotNull((await admin.GetOkAsync($"/api/api-keys/{id}"))["revokedAt"]);
        Assert.Equal(0, await server.Factory.DbAsync(db => db.Incidents.CountAsync(i => i.Title == "After revocation")));
        var actions = await server.Factory.DbAsync(db => db.AuditEntries.Where(a => a.Subject == $"apikey:{id}").Select(a => a.Action).ToListAsync());
        Assert.Equal(["created", "revoked"], actions.Order());
    }

    [Theory]
    [InlineData("bcm_0000000000000000_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-key")]
    public async Task Unknown_or_malformed_keys_are_401(string key)
    {
        using var client = KeyClient(key);
        using var response = await client.PostAsJsonAsync("/api/incidents", Incident("Forged"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_key_with_a_forged_secret_is_401()
    {
        var (id, _) = await CreateKeyAsync("incidents:declare");
        using var client = KeyClient($"bcm_{id}_{new string('a', 64)}");
        using var response = await client.PostAsJsonAsync("/api/incidents", Incident("Forged secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Staff)]
    public async Task Only_administrators_manage_keys(string role)
    {
        var client = await server.ClientAsync(role);
        await client.PostAsJsonAsync("/api/api-keys", new { name = "mine", scopes = new[] { "incidents:declare" } }).ProblemAsync(HttpStatusCode.Forbidden);
        await client.GetAsync("/api/api-keys").ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_store_nothing()
    {
        var admin = await server.AdminAsync();
        var before = await server.Factory.DbAsync(db => db.ApiKeys.CountAsync());

        var errors = await admin.PostAsJsonAsync("/api/api-keys", new { name = "", scopes = new[] { "admin" } }).ValidationErrorsAsync();
        Assert.Contains("$.name", errors.Keys);
        Assert.Contains("$.scopes[0]", errors.Keys);
        Assert.Contains("$.scopes", (await admin.PostAsJsonAsync("/api/api-keys", new { name = "no scopes" }).ValidationErrorsAsync()).Keys);

        Assert.Equal(before, await server.Factory.DbAsync(db => db.ApiKeys.CountAsync()));
    }
}

public sealed class ApiKeyTests_Sqlite(SqliteServer server) : ApiKeyTests(server), IClassFixture<SqliteServer>;

public sealed class ApiKeyTests_Postgres(PostgresServer server) : ApiKeyTests(server), IClassFixture<PostgresServer>;
