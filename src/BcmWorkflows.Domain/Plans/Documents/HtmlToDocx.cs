using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// Converts the limited HTML a document template produces into WordprocessingML: <c>h1</c>–<c>h4</c> become
/// Heading1–4 paragraphs, <c>p</c> paragraphs, <c>ul</c>/<c>ol</c>
/// items indented paragraphs with a bullet or number, <c>table</c> a bordered table (<c>th</c> cells bold),
/// <c>strong</c>/<c>b</c> bold and <c>em</c>/<c>i</c> italic runs, <c>br</c> a line break and <c>hr</c> a page break.
/// Containers (<c>div</c>, <c>section</c>, ...) are walked through. The package is written deterministically (fixed
/// part ids and zip timestamps), so the same HTML gives the same bytes.
/// </summary>
public static partial class HtmlToDocx
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Convert(string html, string language)
    {
        var tree = HtmlTree.Parse(html);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(language);
            var body = new Body();
            foreach (var child in tree.Children) Block(body, child, null);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return Normalise(stream.ToArray());
    }

    private static void Block(OpenXmlCompositeElement parent, HtmlNode node, string? style)
    {
        switch (node.Tag)
        {
            case null:
                if (!string.IsNullOrWhiteSpace(node.Text)) parent.Append(Paragraph(style, [node]));
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                parent.Append(Paragraph($"Heading{Math.Min(node.Tag[1] - '0', 4)}", node.Children));
                break;
            case "p":
                parent.Append(Paragraph(style, node.Children));
                break;
            case "ul" or "ol":
                var number = 0;
                foreach (var item in node.Children.Where(c => c.Tag == "li"))
                {
                    var marker = node.Tag == "ol" ? $"{++number}." : "•";
                    parent.Append(Paragraph("ListParagraph", item.Children, marker));
                }
                break;
            case "table":
                parent.Append(Table(node));
                parent.Append(new Paragraph());
                break;
            case "hr":
                parent.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                break;
            default:
                // A container: its blocks in order; loose inline content becomes paragraphs of its own.
                var inline = new List<HtmlNode>();
                foreach (var child in node.Children)
                {
                    if (IsInline(child))
                    {
                        inline.Add(child);
                        continue;
                    }
                    Flush(parent, inline, style);
                    Block(parent, child, style);
                }
                Flush(parent, inline, style);
                break;
        }
    }

    private static void Flush(OpenXmlCompositeElement parent, List<HtmlNode> inline, string? style)
    {
        if (inline.Any(n => !string.IsNullOrWhiteSpace(n.IsText ? n.Text : n.InnerText()) || n.Tag == "br")) parent.Append(Paragraph(style, inline));
        inline.Clear();
    }

    private static bool IsInline(HtmlNode node) => node.Tag is null or "strong" or "b" or "em" or "i" or "span" or "a" or "br" or "small" or "code" or "u";

    private static Paragraph Paragraph(string? style, IEnumerable<HtmlNode> content, string? marker = null)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var runs = new List<Run>();
        foreach (var node in content) Runs(runs, node, bold: false, italic: false);
        TrimEnds(runs);
        // A list item's bullet or number, then a tab to the hanging indent of ListParagraph.
        if (marker is not null) paragraph.Append(new Run(new Text(marker), new TabChar()));
        paragraph.Append(runs);
        return paragraph;
    }

    private static void Runs(List<Run> runs, HtmlNode node, bool bold, bool italic)
    {
        if (node.IsText)
        {
            var text = HtmlTree.Collapse(node.Text);
            if (text.Length == 0) return;
            var run = new Run();
            if (bold || italic)
            {
                var properties = new RunProperties();
                if (bold) properties.Append(new Bold());
                if (italic) properties.Append(new Italic());
                run.Append(properties);
            }
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            runs.Add(run);
            return;
        }
        if (node.Tag == "br")
        {
            runs.Add(new Run(new Break()));
            return;
        }
        var isBold = bold || node.Tag is "strong" or "b" or "th";
        var isItalic = italic || node.Tag is "em" or "i";
        foreach (var child in node.Children) Runs(runs, child, isBold, isItalic);
    }

    // Whitespace between tags would otherwise start or end paragraphs with a space.
    private static void TrimEnds(List<Run> runs)
    {
        if (runs.FirstOrDefault()?.GetFirstChild<Text>() is { } first) first.Text = first.Text.TrimStart();
        if (runs.LastOrDefault()?.Elements<Text>().LastOrDefault() is { } last) last.Text = last.Text.TrimEnd();
    }

    private static Table Table(HtmlNode node)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        var rows = node.Descendants().Where(n => n.Tag == "tr").ToList();
        var columns = rows.Select(r => r.Children.Count(c => c.Tag is "td" or "th")).DefaultIfEmpty(1).Max();
        table.Append(new TableGrid(Enumerable.Range(0, Math.Max(columns, 1)).Select(_ => new GridColumn())));
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row.Children.Where(c => c.Tag is "td" or "th"))
            {
                var paragraph = Paragraph(null, [cell]);
                tableRow.Append(new TableCell(paragraph));
            }
            if (tableRow.HasChildren) table.Append(tableRow);
        }
        return table;
    }

    // System.IO.Packaging stamps each zip entry with the time of writing: fix them so equal content gives equal bytes.
    private static byte[] Normalise(byte[] package)
    {
        using var input = new MemoryStream(package);
        using var source = new ZipArchive(input, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The package names its relationship to the main part with a random id; any fixed id will do.
                    var rels = new StreamReader(from).ReadToEnd();
                    var bytes = System.Text.Encoding.UTF8.GetBytes(RandomId().Replace(rels, "Id=\"rIdMain\""));
                    to.Write(bytes);
                }
                else from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
