using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Users;

/// <summary><c>/api/users</c>: an administrator creates accounts with roles, changes roles and sets a forgotten password.</summary>
public abstract class UsersApiTests(ServerFixture server)
{
    private const string Password = "Staff!2026x";

    private static string NewEmail(string what) => $"{what}-{Guid.NewGuid():N}@bcm.test";

    [Fact]
    public async Task An_account_created_with_a_role_signs_in_and_acts_in_that_role()
    {
        var admin = await server.AdminAsync();
        var email = NewEmail("coord");

        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = Password, roles = new[] { "coordinator" } }).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(email, created.Str("email"));
        Assert.Equal(["Coordinator"], created["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Support.Auth.LoginAsync(client, email, Password));
        await client.DeployAsync(Workflows.Simple(WorkflowApi.NewId("by-new-coord")));
        Assert.Contains((await admin.GetOkAsync("/api/users")).AsArray(), u => u.Str("email") == email);
        var trail = await admin.GetOkAsync($"/api/audit?subject=user:{created.Str("id")}");
        Assert.Contains(trail.AsArray(), e => e.Str("action") == "created");
    }

    [Fact]
    public async Task Roles_are_replaced_and_a_new_password_replaces_a_forgotten_one()
    {
        var admin = await server.AdminAsync();
        var email = NewEmail("staff");
        var id = (await admin.PostAsJsonAsync("/api/users", new { email, password = Password, roles = new[] { "Staff" } }).ExpectAsync(HttpStatusCode.Created)).Str("id");

        var changed = await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { "Manager", "Staff" } }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Manager", "Staff"], changed["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Another!2026y" })).StatusCode);
        using var client = server.Anonymous();
        var oldPassword = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.False(string.IsNullOrEmpty(await Support.Auth.LoginAsync(client, email, "Another!2026y")));
    }

    [Fact]
    public async Task Bad_accounts_are_400_naming_the_field_and_store_nothing()
    {
        var admin = await server.AdminAsync();
        var email = NewEmail("bad");

        var errors = await admin.PostAsJsonAsync("/api/users", new { email, password = "short", roles = new[] { "Pilot" } }).ValidationErrorsAsync();
        Assert.Contains("$.roles[0]", errors.Keys);
        errors = await admin.PostAsJsonAsync("/api/users", new { email, password = "short", roles = new[] { "Staff" } }).ValidationErrorsAsync();
        Assert.Contains("$.password", errors.Keys);
        Assert.DoesNotContain((await admin.GetOkAsync("/api/users")).AsArray(), u => u.Str("email") == email);

        await admin.PostAsJsonAsync("/api/users", new { email, password = Password, roles = Array.Empty<string>() }).ExpectAsync(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/users", new { email, password = Password }).ProblemAsync(HttpStatusCode.Conflict);
        await admin.PutAsJsonAsync("/api/users/nobody/roles", new { roles = new[] { "Staff" } }).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_admin_role()
    {
        var admin = await server.AdminAsync();
        var me = await admin.UserIdAsync();
        await admin.PutAsJsonAsync($"/api/users/{me}/roles", new { roles = new[] { "Staff" } }).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Admin", (await admin.GetOkAsync("/api/auth/me"))["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}

public sealed class UsersApiTests_Sqlite(SqliteServer server) : UsersApiTests(server), IClassFixture<SqliteServer>;

public sealed class UsersApiTests_Postgres(PostgresServer server) : UsersApiTests(server), IClassFixture<PostgresServer>;
