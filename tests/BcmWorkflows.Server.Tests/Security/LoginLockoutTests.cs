using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>Five wrong passwords lock the account for five minutes: even the right password is refused then.</summary>
public abstract class LoginLockoutTests(ServerFixture server)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused()
    {
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"locked-{Guid.NewGuid():N}@bcm.test");
        using var client = server.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"Wrong-Passw0rd-{i}" }).ProblemAsync(HttpStatusCode.Unauthorized);

        var problem = await client.PostAsJsonAsync("/api/auth/login", new { email, password = ServerFixture.UserPassword }).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("LockedOut", problem["detail"]?.GetValue<string>());

        // Another account is not affected.
        var other = await ServerFixture.CreateUserAsync(server.Factory, $"free-{Guid.NewGuid():N}@bcm.test");
        await client.PostAsJsonAsync("/api/auth/login", new { email = other, password = ServerFixture.UserPassword }).ExpectAsync(HttpStatusCode.OK);
    }
}

public sealed class LoginLockoutTests_Sqlite(SqliteServer server) : LoginLockoutTests(server), IClassFixture<SqliteServer>;

public sealed class LoginLockoutTests_Postgres(PostgresServer server) : LoginLockoutTests(server), IClassFixture<PostgresServer>;
