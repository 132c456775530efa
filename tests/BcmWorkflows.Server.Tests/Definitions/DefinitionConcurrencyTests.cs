using System.Net;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Definitions;

/// <summary>
/// The designer's guard against overwriting someone else's work: the latest version's ETag, sent back as If-Match,
/// lets a save or publish through only while nobody else changed the workflow.
/// </summary>
public abstract class DefinitionConcurrencyTests(ServerFixture server)
{
    private static string Url(string id) => WorkflowApi.DefinitionUrl(id);

    private static async Task<string> ETagAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(Url(id));
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        return Assert.IsType<string>(response.Headers.ETag?.Tag);
    }

    private static HttpRequestMessage Put(string id, string message, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url(id)) { Content = Api.Json(Workflows.Simple(id, message)) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_save_with_the_etag_read_goes_through_and_returns_the_next_etag()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("etag");
        await client.SaveAsync(Workflows.Simple(id, "one"));
        var etag = await ETagAsync(client, id);

        using var saved = await client.SendAsync(Put(id, "two", etag));
        await Api.ExpectAsync(saved, HttpStatusCode.OK);
        Assert.NotNull(saved.Headers.ETag);

        using var again = await client.SendAsync(Put(id, "three", saved.Headers.ETag!.Tag));
        await Api.ExpectAsync(again, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_save_after_someone_else_published_is_refused_with_412_and_changes_nothing()
    {
        var mine = await server.ClientAsync(Roles.Coordinator);
        var theirs = await server.AdminAsync();
        var id = WorkflowApi.NewId("stale");
        await mine.SaveAsync(Workflows.Simple(id, "one"));
        var etag = await ETagAsync(mine, id);

        await theirs.PublishAsync(id);

        using var refused = await mine.SendAsync(Put(id, "mine", etag));
        var problem = await Api.ProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, problem.Int("latestVersion"));
        Assert.True(problem["isPublished"]!.GetValue<bool>());
        Assert.Contains("published", problem.Str("detail"));
        Assert.Single((await mine.GetOkAsync($"{Url(id)}/versions")).AsArray());

        using var withoutGuard = await mine.SendAsync(Put(id, "mine", null));
        Assert.Equal(2, (await Api.ExpectAsync(withoutGuard, HttpStatusCode.OK)).Int("version"));
    }

    [Fact]
    public async Task Creating_with_if_none_match_star_refuses_an_id_that_exists()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("new-only");
        HttpRequestMessage Create(string message)
        {
            var request = Put(id, message, null);
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            return request;
        }

        using var created = await client.SendAsync(Create("first"));
        await Api.ExpectAsync(created, HttpStatusCode.Created);
        using var refused = await client.SendAsync(Create("second"));
        Assert.Contains("already exists", (await Api.ProblemAsync(refused, HttpStatusCode.PreconditionFailed)).Str("detail"));
        Assert.Equal("first", (await client.GetOkAsync(Url(id)))["root"]!["activities"]![0]!["inputs"]!["message"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_a_draft_someone_else_overwrote_meanwhile_is_refused()
    {
        var mine = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("pubstale");
        await mine.SaveAsync(Workflows.Simple(id, "one"));
        var etag = await ETagAsync(mine, id);
        await Task.Delay(5); // the stamp keeps milliseconds
        await (await server.AdminAsync()).SaveAsync(Workflows.Simple(id, "theirs"));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Url(id)}/publish");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var refused = await mine.SendAsync(request);
        await Api.ProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.False((await mine.GetOkAsync(Url(id)))["isPublished"]!.GetValue<bool>());
    }
}

public sealed class DefinitionConcurrencyTests_Sqlite(SqliteServer server) : DefinitionConcurrencyTests(server), IClassFixture<SqliteServer>;

public sealed class DefinitionConcurrencyTests_Postgres(PostgresServer server) : DefinitionConcurrencyTests(server), IClassFixture<PostgresServer>;
