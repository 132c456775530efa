using System.Net;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Plans;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.Server.Tests.Training;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>
/// Every endpoint the running server routes × anonymous and every role, against <see cref="AuthorizationTable"/>:
/// 401 for anonymous callers of protected endpoints, 403 for a role without the right, anything else (but never a
/// 5xx) when allowed. Bodies are <c>{}</c>, so an allowed write is refused as bad input and nothing changes.
/// </summary>
public abstract class AuthorizationMatrixTests(ServerFixture server)
{
    private static readonly string?[] Callers = [null, .. Roles.All];

    [Fact]
    public void Every_endpoint_of_the_server_has_a_row_in_the_table_and_every_row_an_endpoint()
    {
        var routed = ServerEndpoints.Keys(server.Factory.Services);
        var undecided = routed.Where(k => !AuthorizationTable.Rows.ContainsKey(k)).ToList();
        var gone = AuthorizationTable.Rows.Keys.Where(k => !routed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(undecided.Count == 0 && gone.Count == 0,
            $"Endpoints without a row in {nameof(AuthorizationTable)} (decide who may call them):\n  {string.Join("\n  ", undecided)}\n" +
            $"Rows without an endpoint:\n  {string.Join("\n  ", gone)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_anonymous_callers_and_every_role_as_the_table_says()
    {
        var admin = await server.AdminAsync();
        // A real plan with a Draft revision 1, so the revision routes reach their record rules rather than a 404.
        var plan = (await admin.CreatePlanAsync(new { title = $"Matrix plan {Guid.NewGuid():N}" })).Str("id");
        await admin.OpenRevisionAsync(plan);
        // Staff read "their own" records: a Staff user without a linked person is refused them (a record rule, not the endpoint's).
        var staff = await server.ClientAsync(Roles.Staff);
        await admin.LinkedPersonAsync(staff, "Matrix Staff");
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All) clients[role] = await server.ClientAsync(role);
        using var anonymous = server.Anonymous();

        var routed = ServerEndpoints.Keys(server.Factory.Services);
        var wrong = new List<string>();
        var requests = 0;
        foreach (var (key, (access, why)) in AuthorizationTable.Rows.Where(r => routed.Contains(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var (method, pattern) = Split(key);
            var path = ServerEndpoints.Fill(pattern, pattern.StartsWith("/api/plans/{id}/revisions", StringComparison.Ordinal)
                ? new Dictionary<string, string> { ["id"] = plan, ["n"] = "1" }
                : new Dictionary<string, string>());
            foreach (var caller in Callers)
            {
                var expected = access.For(caller);
                using var response = await (caller is null ? anonymous : clients[caller]).SendAsync(Request(key, method, path));
                requests++;
                if (!Matches(expected, response.StatusCode))
                    wrong.Add($"{key} as {caller ?? "anonymous"}: expected {expected}, got {(int)response.StatusCode} ({why}) " +
                              Shorten(await response.Content.ReadAsStringAsync()));
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {requests} answers differ from the table:\n  {string.Join("\n  ", wrong)}");
        Assert.True(requests >= AuthorizationTable.Rows.Count * Callers.Length / 2, $"Only {requests} requests were sent.");
    }

    private static bool Matches(Answer expected, HttpStatusCode status) => expected switch
    {
        Answer.Unauthorized => status == HttpStatusCode.Unauthorized,
        Answer.Forbidden => status == HttpStatusCode.Forbidden,
        _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
    };

    private static (string Method, string Pattern) Split(string key)
    {
        var space = key.IndexOf(' ');
        var method = key[..space];
        return (method == "*" ? "GET" : method, key[(space + 1)..]);
    }

    /// <summary>
    /// Bodies other than <c>{}</c> where <c>{}</c> would be refused before authorization: routing answers 415 for a
    /// media type the endpoint does not accept, and Identity's binding 400 for a missing field. Both are still refused
    /// by their own checks when allowed (a header-only CSV imports nothing, the password is too short to register).
    /// </summary>
    private static readonly Dictionary<string, (string MediaType, string Body)> Bodies = new()
    {
        ["POST /api/people/import"] = ("text/csv", "name,email\n"),
        ["POST /api/auth/register"] = ("application/json", "{\"email\":\"matrix@bcm.test\",\"password\":\"x\"}"),
    };

    private static HttpRequestMessage Request(string key, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (Bodies.TryGetValue(key, out var sample)) request.Content = new StringContent(sample.Body, System.Text.Encoding.UTF8, sample.MediaType);
        else if (method is "POST" or "PUT" or "PATCH") request.Content = Api.Json("{}");
        return request;
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteServer server) : AuthorizationMatrixTests(server), IClassFixture<SqliteServer>;

public sealed class AuthorizationMatrixTests_Postgres(PostgresServer server) : AuthorizationMatrixTests(server), IClassFixture<PostgresServer>;
