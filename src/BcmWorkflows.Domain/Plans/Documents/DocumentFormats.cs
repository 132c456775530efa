namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>The formats a plan document is rendered to, with their content types and file extensions.</summary>
public static class DocumentFormats
{
    public const string Html = "html";
    public const string Docx = "docx";

    public static readonly IReadOnlyList<string> All = [Html, Docx];

    public static bool IsKnown(string? format) => format is Html or Docx;

    public static string ContentType(string format) => format == Docx
        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : "text/html; charset=utf-8";
}
