using System.Net;
using System.Security.Cryptography;
using BcmWorkflows.Server.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary>Plan documents: rendered on demand through the shipped template, stored with hashes, downloaded as HTML and DOCX.</summary>
public abstract class PlanDocumentsApiTests(ServerFixture server)
{
    private async Task<(HttpClient Admin, string PlanId)> PlanWithRevisionAsync(string language, string title)
    {
        var admin = await server.AdminAsync();
        var process = await admin.CreateProcessAsync(language == "zh-CN" ? "支付清算" : "Payments", "PT1H");
        var planId = (await admin.CreatePlanAsync(new { title, processIds = new[] { process }, language })).Str("id");
        await admin.OpenRevisionAsync(planId);
        await admin.EditAsync(planId, 1, new
        {
            objectives = "Keep payments <running> & safe.",
            recoverySteps = new[] { new { processId = process, step = language == "zh-CN" ? "切换到备用数据中心" : "Fail over the hub", duration = "PT2H" } },
            contacts = new[] { new { name = "HKMA duty desk", role = "Regulator", external = true } },
        });
        return (admin, planId);
    }

    [Fact]
    public async Task A_revision_renders_to_HTML_and_DOCX_with_stable_hashes()
    {
        var (admin, planId) = await PlanWithRevisionAsync("en", "Treasury BCP");
        var url = $"/api/plans/{planId}/revisions/1/document";
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{url}?format=html")).StatusCode);

        var rendered = await admin.PostEmptyAsync(url).ExpectAsync(HttpStatusCode.OK);
        var documents = rendered["documents"]!.AsArray();
        Assert.Equal(["html", "docx"], documents.Select(d => d.Str("format")));

        using var html = await admin.GetAsync($"{url}?format=html");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var bytes = await html.Content.ReadAsByteArrayAsync();
        Assert.Equal(documents[0].Str("contentHash"), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Contains("Keep payments &lt;running&gt; &amp; safe.", text, StringComparison.Ordinal);
        Assert.Contains("longer than its RTO", text, StringComparison.Ordinal);

        using var docx = await admin.GetAsync($"{url}?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var docxBytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal(documents[1].Str("contentHash"), Convert.ToHexStringLower(SHA256.HashData(docxBytes)));
        using (var word = WordprocessingDocument.Open(new MemoryStream(docxBytes), false))
        {
            var body = word.MainDocumentPart!.Document.Body!;
            var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2").Select(p => p.InnerText).ToList();
            Assert.Contains("Treasury BCP", headings);
            Assert.Contains("1. Objectives", headings);
            Assert.Contains(body.Descendants<TableCell>(), c => c.InnerText == "Fail over the hub");
        }

        var again = await admin.PostEmptyAsync(url).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(documents.Select(d => d.Str("contentHash")), again["documents"]!.AsArray().Select(d => d.Str("contentHash")));
        Assert.Equal(["format"], (await admin.GetAsync($"{url}?format=pdf").ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_Chinese_plan_renders_the_Chinese_template()
    {
        var (admin, planId) = await PlanWithRevisionAsync("zh-CN", "财务部业务连续性计划");
        await admin.PostEmptyAsync($"/api/plans/{planId}/revisions/1/document").ExpectAsync(HttpStatusCode.OK);

        var html = await admin.GetStringAsync($"/api/plans/{planId}/revisions/1/document?format=html");
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("一、目标", html, StringComparison.Ordinal);
        Assert.Contains("切换到备用数据中心", html, StringComparison.Ordinal);
        using var word = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/plans/{planId}/revisions/1/document?format=docx")), false);
        Assert.Contains(word.MainDocumentPart!.Document.Body!.Descendants<TableCell>(), c => c.InnerText == "切换到备用数据中心");
    }

    [Fact]
    public async Task A_template_that_fails_to_render_is_a_problem_naming_it_and_nothing_is_stored()
    {
        var (admin, planId) = await PlanWithRevisionAsync("en", "Broken BCP");
        var key = WorkflowApi.NewId("broken-doc");
        await admin.PutAsync($"/api/templates/{key}/files/document.html.sbn",
            Api.Json("""{ "content": "<p>{{ plan.title }}</p>\n{{ for i in 1..100000 }}{{ i }}{{ end }}" }""")).ExpectAsync(HttpStatusCode.OK);

        var problem = await admin.PostAsync($"/api/plans/{planId}/revisions/1/document", PlanApi.Body(new { template = key })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(key, problem.Str("template"));
        Assert.Equal(2, problem.Int("line"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/plans/{planId}/revisions/1/document?format=html")).StatusCode);
        Assert.Equal(["formats[0]"], (await admin.PostAsync($"/api/plans/{planId}/revisions/1/document", PlanApi.Body(new { formats = new[] { "pdf" } })).ValidationErrorsAsync()).Keys);
    }
}

public sealed class PlanDocumentsApiTests_Sqlite(SqliteServer server) : PlanDocumentsApiTests(server), IClassFixture<SqliteServer>;

public sealed class PlanDocumentsApiTests_Postgres(PostgresServer server) : PlanDocumentsApiTests(server), IClassFixture<PostgresServer>;
