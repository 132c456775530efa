using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Auth;

/// <summary>Sign-in (bearer and cookie), anonymous access and the role rules for definitions.</summary>
public abstract class AuthApiTests(ServerFixture server)
{
    [Fact]
    public async Task Login_returns_a_bearer_token_with_the_contract_fields()
    {
        using var client = server.Anonymous();
        var body = await client.PostAsJsonAsync("/api/auth/login", new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword })
            .ExpectAsync(HttpStatusCode.OK);

        body.HasFields("tokenType", "accessToken", "expiresIn", "refreshToken");
        Assert.Equal("Bearer", body.Str("tokenType"));
        Assert.False(string.IsNullOrEmpty(body.Str("accessToken")));
        Assert.False(string.IsNullOrEmpty(body.Str("refreshToken")));
        Assert.True(body.Int("expiresIn") > 0);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_is_401()
    {
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"wrong-{Guid.NewGuid():N}@bcm.test", Roles.Staff);
        using var client = server.Anonymous();
        await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Not-the-Passw0rd!" }).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/workflow-definitions")]
    [InlineData("/api/workflow-instances")]
    [InlineData("/api/activity-types")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/openapi.json")]
    public async Task Api_without_a_token_is_401(string url)
    {
        using var client = server.Anonymous();
        await client.GetAsync(url).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/auth/forgotPassword")]
    [InlineData("/api/auth/resetPassword")]
    [InlineData("/api/auth/resendConfirmationEmail")]
    public async Task The_emailed_code_endpoints_are_not_offered(string url)
    {
        using var client = server.Anonymous();
        var body = new { email = BcmServerFactory.AdminEmail, resetCode = "x", newPassword = "Another!2026" };
        var problem = await client.PostAsJsonAsync(url, body).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("administrator", problem.Str("detail"), StringComparison.Ordinal);
        await client.GetAsync("/api/auth/confirmEmail?userId=x&code=y").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_with_a_forged_token_is_401()
    {
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        using var response = await client.GetAsync("/api/workflow-definitions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Writes_to_the_api_without_a_token_are_401_and_change_nothing()
    {
        var id = WorkflowApi.NewId("anon");
        using var client = server.Anonymous();
        using (var put = await client.PutJsonAsync(WorkflowApi.DefinitionUrl(id), Workflows.Simple(id)))
            Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        using (var raise = await client.PostJsonAsync("/api/events/anything", "{}"))
            Assert.Equal(HttpStatusCode.Unauthorized, raise.StatusCode);

        var admin = await server.AdminAsync();
        await admin.GetAsync(WorkflowApi.DefinitionUrl(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_server_runs_on_the_test_database()
    {
        var (isPostgres, connection) = await server.Factory.DbAsync(db => Task.FromResult((db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal), db.Database.GetConnectionString())));
        Assert.Equal(server.Database.IsPostgres, isPostgres);
        // Same server and database; on PostgreSQL the engine's pool adds No Reset On Close (PostgresBcmDbContext).
        var expected = server.Database.IsPostgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(server.Database.ConnectionString) { NoResetOnClose = true }.ConnectionString
            : server.Database.ConnectionString;
        Assert.Equal(expected, connection);
    }

    [Fact]
    public async Task Health_answers_200_without_signing_in()
    {
        using var client = server.Anonymous();
        using var response = await client.GetAsync("/health");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Manager)]
    public async Task Staff_and_managers_read_definitions_but_cannot_change_them(string role)
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId(role.ToLowerInvariant());
        await coordinator.DeployAsync(Workflows.Simple(id, "v1"));
        await coordinator.SaveAsync(Workflows.Simple(id, "v2")); // draft v2 over published v1

        var reader = await server.ClientAsync(role);
        Assert.Contains((await reader.GetOkAsync("/api/workflow-definitions")).AsArray(), d => d!.Str("definitionId") == id);
        Assert.Equal(2, (await reader.GetOkAsync(WorkflowApi.DefinitionUrl(id))).Int("version"));
        Assert.Equal(2, (await reader.GetOkAsync($"{WorkflowApi.DefinitionUrl(id)}/versions")).AsArray().Count);
        Assert.NotEmpty((await reader.GetOkAsync("/api/activity-types")).AsArray());

        await reader.PutJsonAsync(WorkflowApi.DefinitionUrl(id), Workflows.Simple(id, "v3")).ProblemAsync(HttpStatusCode.Forbidden);
        await reader.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/publish").ProblemAsync(HttpStatusCode.Forbidden);
        await reader.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/retract").ProblemAsync(HttpStatusCode.Forbidden);
        await reader.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/versions/1/revert").ProblemAsync(HttpStatusCode.Forbidden);
        var newId = WorkflowApi.NewId("new");
        await reader.PutJsonAsync(WorkflowApi.DefinitionUrl(newId), Workflows.Simple(newId)).ProblemAsync(HttpStatusCode.Forbidden);

        // Nothing changed: still v1 published, v2 the latest draft, no new definition.
        var versions = (await coordinator.GetOkAsync($"{WorkflowApi.DefinitionUrl(id)}/versions")).AsArray();
        Assert.Equal([1, 2], versions.Select(v => v.Int("version")));
        Assert.True(versions[0]!["isPublished"]!.GetValue<bool>());
        Assert.False(versions[1]!["isPublished"]!.GetValue<bool>());
        var latest = await coordinator.GetOkAsync(WorkflowApi.DefinitionUrl(id));
        Assert.Equal("v2", latest["root"]!["activities"]![0]!["inputs"]!["message"]!["value"]!.GetValue<string>());
        await coordinator.GetAsync(WorkflowApi.DefinitionUrl(newId)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coordinators_save_publish_retract_and_revert()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("coord");
        await coordinator.SaveAsync(Workflows.Simple(id));
        Assert.Equal(1, (await coordinator.PublishAsync(id)).Int("version"));
        await coordinator.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/retract").ExpectAsync(HttpStatusCode.OK);
        var reverted = await coordinator.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/versions/1/revert").ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(2, reverted.Int("version"));
    }

    [Fact]
    public async Task A_user_without_a_role_cannot_change_definitions()
    {
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"norole-{Guid.NewGuid():N}@bcm.test");
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Support.Auth.LoginAsync(client, email, ServerFixture.UserPassword));
        var id = WorkflowApi.NewId("norole");
        await client.GetOkAsync("/api/workflow-definitions");
        await client.PutJsonAsync(WorkflowApi.DefinitionUrl(id), Workflows.Simple(id)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_registration_is_refused_and_creates_no_user()
    {
        var email = $"intruder-{Guid.NewGuid():N}@bcm.test";
        using var client = server.Anonymous();
        using var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "Intruder-Passw0rd!" });
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"register answered {(int)response.StatusCode}");
        Assert.Null(await server.Factory.WithAsync<UserManager<BcmUser>, BcmUser?>(users => users.FindByEmailAsync(email)));
    }

    [Fact]
    public async Task Cookie_login_signs_api_calls_in()
    {
        using var client = server.Factory.CreateClient(new() { HandleCookies = true });
        using (var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = BcmServerFactory.AdminEmail, password = BcmServerFactory.AdminPassword }))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bcm.auth=", StringComparison.Ordinal));
        }
        Assert.IsType<System.Text.Json.Nodes.JsonArray>(await client.GetOkAsync("/api/workflow-definitions"));
        var me = await client.GetOkAsync("/api/auth/me");
        Assert.Equal(BcmServerFactory.AdminEmail, me.Str("email"));

        using (var logout = await client.PostEmptyAsync("/api/auth/logout")) Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        using var after = await client.GetAsync("/api/workflow-definitions");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Me_names_the_person_linked_to_the_user_and_null_without_one()
    {
        var manager = await server.ClientAsync(Roles.Manager);
        var me = await manager.GetOkAsync("/api/auth/me");
        Assert.Null(me["personId"]);

        var person = await (await server.AdminAsync()).CreatePersonAsync(new { name = "Manager Me", email = $"{Guid.NewGuid():N}@example.org", channels = new[] { "Email" }, userId = me.Str("id") });

        Assert.Equal(person, (await manager.GetOkAsync("/api/auth/me")).Str("personId"));
    }
}

public sealed class AuthApiTests_Sqlite(SqliteServer server) : AuthApiTests(server), IClassFixture<SqliteServer>;

public sealed class AuthApiTests_Postgres(PostgresServer server) : AuthApiTests(server), IClassFixture<PostgresServer>;
