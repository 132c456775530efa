using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Templates;

/// <summary>
/// <c>/api/templates</c>: preview of shipped keys and inline text, template errors as 400 with line and column,
/// coordinators' overrides with versions. Only the override test touches a shipped key (<c>training-reminder</c>);
/// the others preview other keys or use keys of their own.
/// </summary>
public abstract class TemplatesApiTests(ServerFixture server)
{
    private static readonly string[] ShippedKeys = ["calltree-message", "escalation-notice", "incident-alert", "task-assigned", "training-reminder"];

    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static Task<JsonNode> PreviewAsync(HttpClient client, object body) =>
        client.PostJsonAsync("/api/templates/preview", JsonSerializer.Serialize(body)).ExpectAsync(HttpStatusCode.OK);

    private static Task<JsonObject> PreviewProblemAsync(HttpClient client, object body) =>
        client.PostJsonAsync("/api/templates/preview", JsonSerializer.Serialize(body)).ProblemAsync(HttpStatusCode.BadRequest);

    private static Task<JsonNode> PutFileAsync(HttpClient client, string key, string file, string content) =>
        client.PutJsonAsync($"/api/templates/{key}/files/{file}", JsonSerializer.Serialize(new { content })).ExpectAsync(HttpStatusCode.OK);

    private static string NewKey(string prefix) => WorkflowApi.NewId(prefix).ToLowerInvariant();

    [Fact]
    public async Task Preview_of_a_shipped_key_as_sms_renders_its_sample_with_encoding_and_segments()
    {
        var client = await server.ClientAsync(Roles.Staff);

        var preview = await PreviewAsync(client, new { template = "incident-alert", channel = "Sms" });

        preview.HasFields("template", "source", "channel", "language", "subject", "body", "html", "encoding", "segments", "characters");
        Assert.Equal(("incident-alert", "shipped", "Sms", "en"), (preview.Str("template"), preview.Str("source"), preview.Str("channel"), preview.Str("language")));
        Assert.StartsWith("BCM SEV2 INC-2026-014: Flooding at Kowloon Bay data centre.", preview.Str("body"), StringComparison.Ordinal);
        Assert.EndsWith("Reply 12 to confirm.", preview.Str("body"), StringComparison.Ordinal);
        Assert.Equal(("GSM-7", 1, preview.Str("body").Length), (preview.Str("encoding"), preview.Int("segments"), preview.Int("characters")));
        Assert.Null(preview["subject"]);
    }

    [Fact]
    public async Task Preview_in_chinese_with_a_model_uses_the_variant_and_counts_ucs2_segments()
    {
        var client = await Coordinator();
        var model = new
        {
            call_tree = new { name = "资讯科技恢复小组", wave = 1 },
            message = "请于上午十时前到荃湾恢复中心报到，并携带手提电脑及职员证。",
            recipient = new { id = "p-1", name = "陈大文", language = "zh-CN" },
            ack = new { required = true, code = (string?)null, url = "https://bcm.test/ack/abc", expires_at = "2026-03-02T10:00:00Z" },
        };

        var preview = await PreviewAsync(client, new { template = "calltree-message", channel = "sms", language = "zh-CN", model });

        Assert.Equal("zh-CN", preview.Str("language"));
        Assert.Equal("【BCM】资讯科技恢复小组 第1轮：请于上午十时前到荃湾恢复中心报到，并携带手提电脑及职员证。 确认：https://bcm.test/ack/abc", preview.Str("body"));
        Assert.Equal(("UCS-2", 2, preview.Str("body").Length), (preview.Str("encoding"), preview.Int("segments"), preview.Int("characters")));
    }

    [Fact]
    public async Task Preview_of_a_key_as_email_gives_subject_text_and_encoded_html()
    {
        var client = await Coordinator();
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(BcmWorkflows.TestSupport.RepoPaths.Templates, "task-assigned", "sample.json")))!.AsObject();
        model["recipient"]!["name"] = "<script>alert(1)</script>";

        var preview = await PreviewAsync(client, new { template = "task-assigned", channel = "Email", language = "en", model });

        Assert.Equal("New task: Approve the revised IT recovery plan (due 2026-03-06 17:00 HKT)", preview.Str("subject"));
        Assert.Contains("Open the task: https://bcm.example.org/tasks/t-311", preview.Str("body"), StringComparison.Ordinal);
        Assert.Contains("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt;,</p>", preview.Str("html"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", preview.Str("html"), StringComparison.Ordinal);
        Assert.Null(preview["encoding"]);
        Assert.Null(preview["segments"]);
    }

    [Fact]
    public async Task Preview_of_inline_text_renders_the_text_itself()
    {
        var client = await server.ClientAsync(Roles.Staff);

        var sms = await PreviewAsync(client, new { template = "Hello {{ name }}, reply {{ ack.code }} {", channel = "Sms", model = new { name = "Ana", ack = new { code = "7" } } });
        var email = await PreviewAsync(client, new { template = "Body for {{ name }}", subject = "Subject for {{ name }}", channel = "Email", model = new { name = "Ana" } });

        Assert.Equal(("inline", "inline", "Hello Ana, reply 7 {"), (sms.Str("template"), sms.Str("source"), sms.Str("body")));
        Assert.Equal(("GSM-7", 1, 21), (sms.Str("encoding"), sms.Int("segments"), sms.Int("characters"))); // '{' counts two
        Assert.Equal(("Subject for Ana", "Body for Ana", "inline"), (email.Str("subject"), email.Str("body"), email.Str("source")));
        Assert.Null(email["html"]);
    }

    [Fact]
    public async Task Preview_of_inline_chinese_text_is_ucs2()
    {
        var client = await Coordinator();
        var text = string.Concat(Enumerable.Repeat("请确认收到通知。", 9)); // 72 characters

        var preview = await PreviewAsync(client, new { template = text, channel = "Sms", language = "zh-CN" });

        Assert.Equal(("UCS-2", 2, 72), (preview.Str("encoding"), preview.Int("segments"), preview.Int("characters")));
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_a_400_naming_template_file_line_and_column()
    {
        var client = await Coordinator();

        var problem = await PreviewProblemAsync(client, new { template = "Hello\n  {{ for x in }}", channel = "Sms" });

        Assert.Equal(("inline", "text", 2, 15), (problem.Str("template"), problem.Str("file"), problem.Int("line"), problem.Int("column")));
        var message = Assert.Single(problem["errors"]!["template"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("Template 'inline' (text) line 2, column 15:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_is_a_400_with_its_position()
    {
        var client = await Coordinator();

        var loop = await PreviewProblemAsync(client, new { template = "x\n{{ while true }}{{ end }}", channel = "Sms" });
        var include = await PreviewProblemAsync(client, new { template = "{{ include '/etc/passwd' }}", channel = "Email", subject = "s" });

        Assert.Equal((2, 4), (loop.Int("line"), loop.Int("column")));
        Assert.Contains("limit", loop.Str("problem"), StringComparison.Ordinal);
        Assert.Contains("include is not available", include.Str("problem"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "channel": "Sms" }""", "$.template")]
    [InlineData("""{ "template": "x", "channel": "Fax" }""", "$.channel")]
    [InlineData("""{ "template": "x" }""", "$.channel")]
    [InlineData("""{ "template": "x", "channel": "Sms", "language": "fr" }""", "$.language")]
    [InlineData("""{ "template": "x", "channel": "Sms", "model": [1, 2] }""", "$.model")]
    [InlineData("""{ "template": "x", "channel": "Sms", "model": "text" }""", "$.model")]
    public async Task A_bad_preview_request_is_a_400_naming_the_field(string body, string field)
    {
        var client = await Coordinator();

        var errors = await client.PostJsonAsync("/api/templates/preview", body).ValidationErrorsAsync();

        Assert.Contains(field, errors.Keys);
    }

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
        var alert = keys.Single(k => k.Str("key") == "incident-alert")!;
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

        var errors = await client.PutJsonAsync($"/api/templates/incident-alert/files/{file}", """{ "content": "x" }""").ValidationErrorsAsync();

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

        using (var put = await staff.PutJsonAsync("/api/templates/incident-alert/files/sms.sbn", """{ "content": "hijacked" }"""))
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        using (var delete = await staff.DeleteAsync("/api/templates/incident-alert/files/sms.sbn"))
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);

        var preview = await PreviewAsync(staff, new { template = "incident-alert", channel = "Sms" });
        Assert.Equal("shipped", preview.Str("source"));
        Assert.Empty((await staff.GetOkAsync("/api/templates/incident-alert/files/sms.sbn/versions")).AsArray());
    }

    [Fact]
    public async Task Templates_without_a_token_are_401()
    {
        using var client = server.Anonymous();

        await client.PostJsonAsync("/api/templates/preview", """{ "template": "x", "channel": "Sms" }""").ProblemAsync(HttpStatusCode.Unauthorized);
        await client.GetAsync("/api/templates").ProblemAsync(HttpStatusCode.Unauthorized);
        using var put = await client.PutJsonAsync("/api/templates/incident-alert/files/sms.sbn", """{ "content": "x" }""");
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
    }
}

public sealed class TemplatesApiTests_Sqlite(SqliteServer server) : TemplatesApiTests(server), IClassFixture<SqliteServer>;

public sealed class TemplatesApiTests_Postgres(PostgresServer server) : TemplatesApiTests(server), IClassFixture<PostgresServer>;
