using System.Net;
using System.Text.RegularExpressions;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// A small, forgiving HTML reader for the documents our templates produce (headings, paragraphs, lists, tables,
/// bold, italics): tags become <see cref="HtmlNode"/>s, entities are decoded, void elements need no closing tag, a
/// closing tag closes everything opened after its element, and stray closing tags are ignored. Comments, the
/// doctype, and the content of <c>head</c>, <c>style</c> and <c>script</c> are dropped.
/// </summary>
public static partial class HtmlTree
{
    private static readonly HashSet<string> Void = ["br", "meta", "link", "img", "hr", "col", "input", "wbr", "source"];
    private static readonly HashSet<string> Dropped = ["head", "style", "script", "title"];

    public static HtmlNode Parse(string html)
    {
        var root = new HtmlNode("#root");
        var open = new List<HtmlNode> { root };
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            if (lt < 0) lt = html.Length;
            if (lt > at) open[^1].Children.Add(new HtmlNode(null, WebUtility.HtmlDecode(html[at..lt])));
            if (lt >= html.Length) break;

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length : end + 3;
                continue;
            }
            var match = Tag().Match(html, lt);
            if (!match.Success || match.Index != lt)
            {
                open[^1].Children.Add(new HtmlNode(null, "<"));
                at = lt + 1;
                continue;
            }
            at = lt + match.Length;
            var name = match.Groups["name"].Value.ToLowerInvariant();
            if (name.StartsWith('!')) continue; // doctype
            if (match.Groups["close"].Success)
            {
                var index = open.FindLastIndex(n => n.Tag == name);
                if (index > 0) open.RemoveRange(index, open.Count - index);
                continue;
            }
            if (Dropped.Contains(name))
            {
                var end = html.IndexOf($"</{name}", at, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length : Math.Max(at, html.IndexOf('>', end) + 1);
                continue;
            }
            var node = new HtmlNode(name);
            open[^1].Children.Add(node);
            if (!Void.Contains(name) && !match.Groups["self"].Success) open.Add(node);
        }
        return root;
    }

    /// <summary>Runs of whitespace become one space, as a browser shows them.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"<(?<close>/)?(?<name>!?[A-Za-z][A-Za-z0-9-]*)(?:[^>""']|""[^""]*""|'[^']*')*?(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
