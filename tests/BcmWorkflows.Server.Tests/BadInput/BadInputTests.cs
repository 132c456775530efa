using System.Net;
using System.Text;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.BadInput;

/// <summary>Malformed, mistyped and oversized requests: a problem that says what and where, no 500, nothing stored.</summary>
public abstract class BadInputTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Url(string id) => WorkflowApi.DefinitionUrl(id);

    [Fact]
    public async Task Malformed_definition_json_is_400_naming_line_and_byte()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("malformed");
        var json = $"{{\n  \"definitionId\": \"{id}\",\n  \"name\": \"Broken\",\n  \"root\": {{ \"type\": \"Flowchart\" \"activities\": [] }}\n}}";
        var problem = await client.PutJsonAsync(Url(id), json).ProblemAsync(HttpStatusCode.BadRequest);

        var message = string.Join(" ", problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => m!.GetValue<string>())));
        Assert.Matches(@"line 4, byte \d+", message);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_400_naming_its_path()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("typed");
        var json = $$"""{ "definitionId": "{{id}}", "name": "Typed", "variables": "not a list", "root": { "type": "Flowchart" } }""";
        var errors = await client.PutJsonAsync(Url(id), json).ValidationErrorsAsync();
        Assert.Contains("$.variables", errors.Keys);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_empty_or_null_definition_body_is_400(string body)
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("empty");
        await client.PutJsonAsync(Url(id), body).ProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_definition_body_over_1_MiB_is_413_and_saves_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("huge");
        var json = Workflows.Simple(id, new string('x', 1024 * 1024 + 10));
        var problem = await client.PutJsonAsync(Url(id), json).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("KiB", problem.Str("detail"), StringComparison.Ordinal);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_streamed_body_over_1_MiB_without_a_length_is_413()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("stream");
        var bytes = Encoding.UTF8.GetBytes(Workflows.Simple(id, new string('y', 1024 * 1024 + 10)));
        using var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new("application/json");
        Assert.Null(content.Headers.ContentLength);
        await client.PutAsync(Url(id), content).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_a_problem()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("text");
        using var content = new StringContent(Workflows.Simple(id), Encoding.UTF8, "text/plain");
        await client.PutAsync(Url(id), content).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_start_bodies_are_400_and_start_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("start-bad");
        await client.DeployAsync(Workflows.Simple(id));
        var url = $"{Url(id)}/instances";

        await client.PostJsonAsync(url, "{ \"input\": ").ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.input", (await client.PostJsonAsync(url, "{ \"input\": [1, 2] }").ValidationErrorsAsync()).Keys);
        Assert.Contains("$.version", (await client.PostJsonAsync(url, "{ \"version\": 0 }").ValidationErrorsAsync()).Keys);
        Assert.Contains("$.version", (await client.PostJsonAsync(url, "{ \"version\": \"two\" }").ValidationErrorsAsync()).Keys);
        await client.PostJsonAsync(url, "{ \"version\": 5 }").ProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty((await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray());
    }

    [Fact]
    public async Task A_malformed_event_body_is_400_and_resumes_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("ev-bad");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var instanceId = await client.StartIdAsync(id);

        await client.PostJsonAsync($"/api/events/{eventName}", "{ \"payload\": { ").ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.correlationId", (await client.PostJsonAsync($"/api/events/{eventName}", "{ \"correlationId\": 42 }").ValidationErrorsAsync()).Keys);
        await client.PostJsonAsync($"/api/events/{eventName}", "[1, 2, 3]").ProblemAsync(HttpStatusCode.BadRequest);

        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Suspended", instance.Str("status"));
        Assert.Single(instance["bookmarks"]!.AsArray());
    }

    [Theory]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=100000", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?status=Sleeping", "status")]
    public async Task Bad_instance_list_filters_are_400(string query, string field)
    {
        var client = await Coordinator();
        Assert.Contains(field, (await client.GetAsync($"/api/workflow-instances{query}").ValidationErrorsAsync()).Keys);
    }

    [Theory]
    [InlineData("""{ "version": "two" }""", "$.version", "Expected a whole number here.")]
    [InlineData("""{ "version": 99999999999 }""", "$.version", "Expected a whole number here.")]
    [InlineData("""{ "input": "x" }""", "$.input", "Expected an object here.")]
    [InlineData("""[1]""", "$", "Expected an object here.")]
    public async Task Wrongly_typed_values_say_what_was_expected_without_dotnet_type_names(string body, string path, string expected)
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("typed-start");
        await client.DeployAsync(Workflows.Simple(id));

        var errors = await client.PostJsonAsync($"{Url(id)}/instances", body).ValidationErrorsAsync();

        var message = Assert.Single(errors[path]);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("+", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_400_naming_the_parameter()
    {
        var client = await Coordinator();
        var errors = await client.GetAsync("/api/workflow-instances?page=abc").ValidationErrorsAsync();
        Assert.Equal("'abc' is not a whole number.", Assert.Single(errors["page"]));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "email": "x" }""")]
    [InlineData("""{ "email": 5, "password": "y" }""")]
    public async Task A_login_body_that_does_not_bind_is_400_without_the_parameter_type(string body)
    {
        using var client = server.Anonymous();
        var problem = await client.PostJsonAsync("/api/auth/login", body).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain("LoginRequest", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task Unknown_instances_are_404_for_every_call()
    {
        var client = await Coordinator();
        var id = Guid.NewGuid().ToString("N");
        await client.GetAsync($"/api/workflow-instances/{id}").ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"/api/workflow-instances/{id}/journal").ProblemAsync(HttpStatusCode.NotFound);
        await client.PostEmptyAsync($"/api/workflow-instances/{id}/cancel").ProblemAsync(HttpStatusCode.NotFound);
        await client.PostEmptyAsync($"/api/workflow-instances/{id}/retry").ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A stream without a length, so that the request goes out chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}

public sealed class BadInputTests_Sqlite(SqliteServer server) : BadInputTests(server), IClassFixture<SqliteServer>;

public sealed class BadInputTests_Postgres(PostgresServer server) : BadInputTests(server), IClassFixture<PostgresServer>;
