namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>An element (lower-case <see cref="Tag"/>) or a text node (<see cref="Tag"/> null, decoded <see cref="Text"/>) of <see cref="HtmlTree"/>.</summary>
public sealed class HtmlNode(string? tag, string text = "")
{
    public string? Tag { get; } = tag;
    public string Text { get; } = text;
    public List<HtmlNode> Children { get; } = [];

    public bool IsText => Tag is null;

    /// <summary>Every text below this node, whitespace collapsed.</summary>
    public string InnerText() => HtmlTree.Collapse(string.Concat(Descendants().Where(n => n.IsText).Select(n => n.Text)));

    public IEnumerable<HtmlNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
}
