using BcmWorkflows.Domain.Plans.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BcmWorkflows.Domain.Tests.Plans;

public sealed class HtmlToDocxTests
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>x</title><style>h1 { color: red; }</style></head>
        <body>
        <h1>财务业务连续性计划</h1>
        <p>Keep <strong>payments</strong> running &amp; restore them.</p>
        <hr>
        <h2>四、恢复策略</h2>
        <ul><li>Fail over</li><li>Reconcile</li></ul>
        <table><tr><th>步骤</th><th>时长</th></tr><tr><td>切换到备用数据中心</td><td>PT2H</td></tr></table>
        </body></html>
        """;

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Headings_paragraphs_lists_and_tables_become_styled_WordprocessingML()
    {
        using var document = Open(HtmlToDocx.Convert(Html, "zh-CN"));
        var body = document.MainDocumentPart!.Document.Body!;

        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        Assert.Equal([("Heading1", "财务业务连续性计划"), ("Heading2", "四、恢复策略")], headings);
        var paragraph = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("Keep", StringComparison.Ordinal));
        Assert.Equal("Keep payments running & restore them.", paragraph.InnerText);
        Assert.NotNull(paragraph.Elements<Run>().Single(r => r.InnerText == "payments").RunProperties?.Bold);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "•Fail over" && p.Descendants<TabChar>().Any());
        var cells = body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["步骤", "时长", "切换到备用数据中心", "PT2H"], cells);
        Assert.DoesNotContain(body.Descendants<Text>(), t => t.Text.Contains("color", StringComparison.Ordinal));
    }

    [Fact]
    public void The_styles_give_Chinese_text_an_East_Asian_font_and_define_the_heading_styles()
    {
        using var document = Open(HtmlToDocx.Convert(Html, "zh-CN"));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var fonts = styles.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.False(string.IsNullOrEmpty(fonts.EastAsia?.Value));
        Assert.Equal("zh-CN", styles.DocDefaults.Descendants<Languages>().Single().Val?.Value);
        var ids = styles.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", ids);
        Assert.Contains("Heading2", ids);
    }

    [Fact]
    public void The_same_HTML_gives_the_same_bytes()
    {
        var first = HtmlToDocx.Convert(Html, "en");
        Thread.Sleep(1100); // a zip timestamp has two-second resolution: make sure the clock moved on
        var second = HtmlToDocx.Convert(Html, "en");

        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(second)));
    }

    [Fact]
    public void Markdown_sections_become_plain_blocks_whose_markup_is_text()
    {
        var blocks = MarkdownBlocks.From("# Goals\n\nKeep **payments** <b>up</b>.\n\n- one\n- two\n\n1. first\n");

        Assert.Equal(["h", "p", "ul", "ol"], blocks.Select(b => b!["kind"]!.GetValue<string>()));
        Assert.Equal("Goals", blocks[0]!["text"]!.GetValue<string>());
        Assert.Equal(["one", "two"], blocks[2]!["items"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.DoesNotContain("**", blocks[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
