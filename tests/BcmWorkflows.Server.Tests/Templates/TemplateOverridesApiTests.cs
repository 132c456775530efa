using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Templates;

/// <summary>
/// <c>/api/templates</c> reads and coordinators' overrides with versions. Only the first test touches a shipped key's
/// files (<c>training-reminder</c>); the others read shipped keys or write keys of their own.
/// </summary>
public abstract class TemplateOverridesApiTests(ServerFixture server)
{
    private static readonly string[] ShippedKeys = ["calltree-message", "escalation-notice", "incident-page", "task-assigned", "training-reminder"];

    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static Task<JsonNode> PreviewAsync(HttpClient client, object body) => TemplateCalls.PreviewAsync(client, body);

    private static Task<JsonNode> PutFileAsync(HttpClient client, string key, string file, string content) =>
        client.PutJsonAsync($"/api/templates/{key}/files/{file}", JsonSerializer.Serialize(new { content })).ExpectAsync(HttpStatusCode.OK);

    private static string NewKey(string prefix) => WorkflowApi.NewId(prefix).ToLowerInvariant();

    [Fact]
    public async Task An_override_shows_in_preview_until_it_is_deleted_and_every_version_is_listed()
    {
        var client = await Coordinator();
        const string key = "training-reminder";

        var first = await PutFileAsync(client, key, "sms.sbn", "Override 1: {{ training.course }}");
        var second = await PutFileAsync(client, key, "sms.sbn", "Override 2: {{ training.course }}");
        var overridden = await PreviewAsync(client, new { template = key, channel = "Sms" });
        var detail = await client.GetOkAsync($"/api/templates/{key}");
        var deleted = await client.DeleteAsync($"/api/templates/{key}/files/sms.sbn").ExpectAsync(HttpStatusCode.OK);
        var shipped = await PreviewAsync(client, new { template = key, channel = "Sms" });
        var versions = (await client.GetOkAsync($"/api/templates/{key}/files/sms.sbn/versions")).AsArray();

        Assert.Equal((1, 2), (first.Int("version"), second.Int("version")));
        Assert.Equal("coordinator@bcm.test", second.Str("createdBy"));
        Assert.Equal(("override", "Override 2: Business continuity awareness 2026"), (overridden.Str("source"), overridden.Str("body")));
        var smsFile = detail["files"]!.AsArray().Single(f => f.Str("file") == "sms.sbn");
        Assert.Equal(("override", 2, "Override 2: {{ training.course }}"), (smsFile.Str("source"), smsFile.Int("version"), smsFile.Str("content")));
        Assert.True(detail["hasOverride"]!.GetValue<bool>());
        Assert.Equal((3, true, "shipped"), (deleted.Int("version"), deleted["deleted"]!.GetValue<bool>(), deleted.Str("source")));
        Assert.Equal("shipped", shipped.Str("source"));
        Assert.StartsWith("BCM training due 2026-03-31", shipped.Str("body"), StringComparison.Ordinal);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Int("version")));
        Assert.Equal([true, false, false], versions.Select(v => v!["deleted"]!.GetValue<bool>()));
        Assert.Equal("Override 1: {{ training.course }}", versions[2].Str("content"));
        await client.DeleteAsync($"/api/templates/{key}/files/sms.sbn").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_override_that_does_not_parse_is_a_400_with_line_and_column_and_nothing_is_stored()
    {
        var client = await Coordinator();
        var key = NewKey("broken");

        var problem = await client.PutJsonAsync($"/api/templates/{key}/files/sms.zh-CN.sbn", """{ "content": "ok\n{{ if }}" }""")
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal((key, "sms.zh-CN.sbn", 2), (problem.Str("template"), problem.Str("file"), problem.Int("line")));
        Assert.True(problem.Int("column") >= 1);
        await client.GetAsync($"/api/templates/{key}").ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"/api/templates/{key}/files/sms.zh-CN.sbn/versions").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_key_made_by_override_is_listed_and_previewed_as_a_key()
    {
        var client = await Coordinator();
        var key = NewKey("custom");

        await PutFileAsync(client, key, "sms.sbn", "Custom for {{ name }}");
        await PutFileAsync(client, key, "sms.zh-cn.sbn", "定制 {{ name }}");
        var listed = (await client.GetOkAsync("/api/templates")).AsArray().Single(k => k.Str("key") == key);
        var preview = await PreviewAsync(client, new { template = key, channel = "Sms", language = "zh-CN", model = new { name = "Ana" } });

        Assert.Equal(["en", "zh-CN"], listed!["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["sms.sbn", "sms.zh-CN.sbn"], listed["files"]!.AsArray().Select(f => f.Str("file")));
        Assert.False(listed["shipped"]!.GetValue<bool>());
        Assert.Equal((key, "override", "定制 Ana", "zh-CN"), (preview.Str("template"), preview.Str("source"), preview.Str("body"), preview.Str("language")));
    }

    [Fact]
    public async Task The_list_shows_every_shipped_key_with_its_files_languages_and_sources()
    {
        var client = await server.ClientAsync(Roles.Staff);

        var keys = (await client.GetOkAsync("/api/templates")).AsArray();

        foreach (var key in ShippedKeys)
        {
            var entry = keys.Single(k => k.Str("key") == key)!;
            Assert.Equal(["en", "zh-CN"], entry["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Equal(8, entry["files"]!.AsArray().Count);
            Assert.True(entry["shipped"]!.GetValue<bool>());
        }
        var alert = keys.Single(k => k.Str("key") == "incident-page")!;
        Assert.All(alert["files"]!.AsArray(), f => Assert.Equal("shipped", f.Str("source")));
        Assert.False(alert["hasOverride"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_key_shows_each_files_content_its_model_documentation_and_sample()
    {
        var client = await server.ClientAsync(Roles.Staff);

        var detail = await client.GetOkAsync("/api/templates/escalation-notice");

        Assert.Contains("`waited_minutes`", detail.Str("readme"), StringComparison.Ordinal);
        Assert.Equal(15, detail["sample"].Int("waited_minutes"));
        var sms = detail["files"]!.AsArray().Single(f => f.Str("file") == "sms.sbn")!;
        Assert.Equal("shipped", sms.Str("source"));
        Assert.Null(sms["version"]);
        Assert.Contains("{{ level }}", sms.Str("content"), StringComparison.Ordinal);
        await client.GetAsync("/api/templates/no-such-key").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("sms.txt", "file")]
    [InlineData("sms.fr.sbn", "file")]
    [InlineData("letter.sbn", "file")]
    [InlineData("readme.md", "file")]
    public async Task An_unknown_file_name_is_a_400(string file, string field)
    {
        var client = await Coordinator();

        var errors = await client.PutJsonAsync($"/api/templates/incident-page/files/{file}", """{ "content": "x" }""").ValidationErrorsAsync();

        Assert.Contains(field, errors.Keys);
    }

    [Theory]
    [InlineData("Bad_Key")]
    [InlineData("-leading")]
    [InlineData("a.b")]
    public async Task An_invalid_key_is_a_400(string key)
    {
        var client = await Coordinator();

        var errors = await client.PutJsonAsync($"/api/templates/{Uri.EscapeDataString(key)}/files/sms.sbn", """{ "content": "x" }""").ValidationErrorsAsync();

        Assert.Contains("key", errors.Keys);
    }

    [Fact]
    public async Task Empty_content_is_a_400()
    {
        var client = await Coordinator();

        var errors = await client.PutJsonAsync($"/api/templates/{NewKey("empty")}/files/sms.sbn", """{ "content": "  " }""").ValidationErrorsAsync();

        Assert.Contains("$.content", errors.Keys);
    }

    [Fact]
    public async Task Staff_may_preview_and_read_but_not_change_templates()
    {
        var staff = await server.ClientAsync(Roles.Staff);

        using (var put = await staff.PutJsonAsync("/api/templates/incident-page/files/sms.sbn", """{ "content": "hijacked" }"""))
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        using (var delete = await staff.DeleteAsync("/api/templates/incident-page/files/sms.sbn"))
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);

        var preview = await PreviewAsync(staff, new { template = "incident-page", channel = "Sms" });
        Assert.Equal("shipped", preview.Str("source"));
        Assert.Empty((await staff.GetOkAsync("/api/templates/incident-page/files/sms.sbn/versions")).AsArray());
    }
}

public sealed class TemplateOverridesApiTests_Sqlite(SqliteServer server) : TemplateOverridesApiTests(server), IClassFixture<SqliteServer>;

public sealed class TemplateOverridesApiTests_Postgres(PostgresServer server) : TemplateOverridesApiTests(server), IClassFixture<PostgresServer>;
