using System.Text;
using Scriban;
using Scriban.Parsing;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// The context for <c>email.html.sbn</c>: every value a <c>{{ ... }}</c> writes is HTML-encoded on its way out, while the
/// template's own literal text (the markup) is written as is. So a model value such as a name containing
/// <c>&lt;script&gt;</c> can never inject markup, whether or not the template author remembered to escape it.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return base.Write(span, textAsObject);
        return base.Write(span, Encode(ObjectToString(textAsObject)));
    }

    /// <summary>Encodes the five characters that matter in text and quoted attributes; other characters (Chinese too) stay readable.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
