using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Templates;

/// <summary><c>POST /api/templates/preview</c>: shipped keys and inline text, SMS measure, template errors as 400 with positions.</summary>
public abstract class TemplatePreviewApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static Task<JsonNode> PreviewAsync(HttpClient client, object body) => TemplateCalls.PreviewAsync(client, body);

    private static Task<JsonObject> PreviewProblemAsync(HttpClient client, object body) =>
        client.PostJsonAsync("/api/templates/preview", JsonSerializer.Serialize(body)).ProblemAsync(HttpStatusCode.BadRequest);
    [Fact]
    public async Task Preview_of_a_shipped_key_as_sms_renders_its_sample_with_encoding_and_segments()
    {
        var client = await server.ClientAsync(Roles.Staff);

        var preview = await PreviewAsync(client, new { template = "incident-page", channel = "Sms" });

        preview.HasFields("template", "source", "channel", "language", "subject", "body", "html", "encoding", "segments", "characters");
        Assert.Equal(("incident-page", "shipped", "Sms", "en"), (preview.Str("template"), preview.Str("source"), preview.Str("channel"), preview.Str("language")));
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
    public async Task Templates_without_a_token_are_401()
    {
        using var client = server.Anonymous();

        await client.PostJsonAsync("/api/templates/preview", """{ "template": "x", "channel": "Sms" }""").ProblemAsync(HttpStatusCode.Unauthorized);
        await client.GetAsync("/api/templates").ProblemAsync(HttpStatusCode.Unauthorized);
        using var put = await client.PutJsonAsync("/api/templates/incident-page/files/sms.sbn", """{ "content": "x" }""");
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
    }
}

public sealed class TemplatePreviewApiTests_Sqlite(SqliteServer server) : TemplatePreviewApiTests(server), IClassFixture<SqliteServer>;

public sealed class TemplatePreviewApiTests_Postgres(PostgresServer server) : TemplatePreviewApiTests(server), IClassFixture<PostgresServer>;
