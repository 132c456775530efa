using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>Regression tests for what the fuzz test found: each was a 500 before its fix.</summary>
public abstract class FuzzFindingsTests(ServerFixture server)
{
    /// <summary>Found by seed 20261128 on PostgreSQL: a NUL in a template override reached the database (22021) → 500.</summary>
    [Fact]
    public async Task A_template_file_with_a_nul_character_is_400_naming_the_content_and_stores_nothing()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var before = await StoreFingerprint.TemplatesAsync(server.Factory);
        var body = new JsonObject { ["content"] = "Dear {{ person.name }}\u0000" }.ToJsonString();

        var errors = await client.PutJsonAsync("/api/templates/incident-page/files/sms.sbn", body).ValidationErrorsAsync();

        Assert.Contains("$.content", errors.Keys);
        Assert.Equal(before, await StoreFingerprint.TemplatesAsync(server.Factory));
    }

    /// <summary>Any other text with a NUL: PostgreSQL cannot store it, so it is a 400 naming the field on every database, and nothing is stored.</summary>
    [Fact]
    public async Task A_person_whose_name_holds_a_nul_character_is_refused_with_a_400_and_not_stored()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var before = await StoreFingerprint.PeopleAsync(server.Factory);
        var body = new JsonObject { ["name"] = "Ada\u0000Lovelace", ["email"] = $"nul.{Guid.NewGuid():N}@example.org" }.ToJsonString();

        var errors = await client.PostAsync("/api/people", Api.Json(body)).ValidationErrorsAsync();

        Assert.Contains("U+0000", Assert.Single(errors, e => e.Key == "$.name").Value.Single());
        Assert.Equal(before, await StoreFingerprint.PeopleAsync(server.Factory));
    }
}

public sealed class FuzzFindingsTests_Sqlite(SqliteServer server) : FuzzFindingsTests(server), IClassFixture<SqliteServer>;

public sealed class FuzzFindingsTests_Postgres(PostgresServer server) : FuzzFindingsTests(server), IClassFixture<PostgresServer>;
