using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// Turns a Markdown section into plain blocks a template can loop over: <c>{ kind: "p" | "h" | "ul" | "ol", text,
/// items }</c>. Text stays text (inline formatting is dropped), so the template's HTML encoding applies to every word
/// a coordinator wrote and no markup from the plan content can reach the document.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static JsonArray From(string? markdown)
    {
        var blocks = new JsonArray();
        if (string.IsNullOrWhiteSpace(markdown)) return blocks;
        foreach (var block in Markdown.Parse(markdown, Pipeline)) Add(blocks, block);
        return blocks;
    }

    private static void Add(JsonArray blocks, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new JsonObject { ["kind"] = "h", ["level"] = heading.Level, ["text"] = Text(heading.Inline) });
                break;
            case ParagraphBlock paragraph:
                blocks.Add(Paragraph(Text(paragraph.Inline)));
                break;
            case ListBlock list:
                var items = new JsonArray();
                foreach (var item in list.OfType<ListItemBlock>())
                    items.Add((JsonNode)string.Join(" ", item.OfType<LeafBlock>().Select(LeafText).Concat(item.OfType<ContainerBlock>().SelectMany(Leaves).Select(LeafText))));
                blocks.Add(new JsonObject { ["kind"] = list.IsOrdered ? "ol" : "ul", ["items"] = items });
                break;
            case LeafBlock leaf:
                if (LeafText(leaf) is { Length: > 0 } text) blocks.Add(Paragraph(text));
                break;
            case ContainerBlock container:
                foreach (var child in container) Add(blocks, child);
                break;
        }
    }

    private static JsonObject Paragraph(string text) => new() { ["kind"] = "p", ["text"] = text };

    private static IEnumerable<LeafBlock> Leaves(ContainerBlock container) =>
        container.SelectMany(b => b switch
        {
            LeafBlock leaf => [leaf],
            ContainerBlock inner => Leaves(inner),
            _ => [],
        });

    private static string LeafText(LeafBlock leaf) =>
        leaf.Inline is not null ? Text(leaf.Inline) : string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString())).Trim();

    private static string Text(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
            case HtmlInline html: text.Append(html.Tag); break; // shown as written, never as markup
            case ContainerInline container:
                foreach (var child in container) Append(text, child);
                break;
        }
    }
}
