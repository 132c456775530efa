using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>
/// Document templates (folders with <c>document.html.sbn</c>, such as <c>plan-document</c>) are data too: each has its
/// README, sample and both languages, documents every sample field, and renders its sample to a complete HTML
/// document in English and Chinese.
/// </summary>
public sealed class DocumentTemplatesTests(ShippedTemplatesFixture fixture) : IClassFixture<ShippedTemplatesFixture>
{
    private static List<string> KeyNames() =>
        Directory.EnumerateDirectories(RepoPaths.Templates)
            .Where(d => File.Exists(Path.Combine(d, TemplateNames.FileName(TemplateNames.DocumentHtml, null))))
            .Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string, string> Renders()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in KeyNames())
            foreach (var language in TemplateNames.Languages) data.Add(key, language);
        return data;
    }

    private static JsonObject Sample(string key) =>
        Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, key, "sample.json"))));

    [Fact]
    public void The_plan_document_template_is_shipped_in_both_languages_and_documented()
    {
        Assert.Contains("plan-document", KeyNames());
        foreach (var key in KeyNames())
        {
            var folder = Path.Combine(RepoPaths.Templates, key);
            Assert.True(File.Exists(Path.Combine(folder, "document.html.sbn")), $"{key} lacks document.html.sbn");
            Assert.True(File.Exists(Path.Combine(folder, "document.html.zh-CN.sbn")), $"{key} lacks document.html.zh-CN.sbn");
            var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
            var undocumented = Sample(key).SelectMany(field => field.Value is JsonObject inner ? inner.Select(f => $"{field.Key}.{f.Key}") : [field.Key])
                .Where(path => !readme.Contains($"`{path}`", StringComparison.Ordinal)).ToList();
            Assert.True(undocumented.Count == 0, $"{key}/README.md does not document {string.Join(", ", undocumented)}");
            Assert.Contains($"[`{key}`]({key}/README.md)", File.ReadAllText(Path.Combine(RepoPaths.Templates, "README.md")), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task The_sample_renders_to_a_complete_encoded_document(string key, string language)
    {
        var sample = Sample(key);

        var document = await fixture.Host.WithAsync<ScribanTemplateRenderer, RenderedDocument>(r => r.RenderDocumentAsync(key, language, sample, CancellationToken.None));

        Assert.Equal(language, document.Language);
        Assert.StartsWith("<!DOCTYPE html>", document.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", document.Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", document.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", document.Html, StringComparison.Ordinal);
        Assert.Contains(sample["plan"]!["title"]!.GetValue<string>(), document.Html, StringComparison.Ordinal);
        if (key == "plan-document")
        {
            Assert.Contains("within 2 hours &amp; keeps", document.Html, StringComparison.Ordinal);
            Assert.Contains("Fail over the payment hub", document.Html, StringComparison.Ordinal);
            Assert.Contains("longer than its RTO of PT2H", document.Html, StringComparison.Ordinal);
            Assert.Contains(language == "zh-CN" ? "修订记录" : "Revision history", document.Html, StringComparison.Ordinal);
        }
    }
}
