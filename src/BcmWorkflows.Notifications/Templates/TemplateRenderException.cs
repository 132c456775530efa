namespace BcmWorkflows.Notifications.Templates;

/// <summary>A template that does not parse or does not render: names the template, the file, the line and the column (1-based).</summary>
public sealed class TemplateRenderException(string template, string file, int line, int column, string problem)
    : Exception($"Template '{template}' ({file}) line {line}, column {column}: {problem}")
{
    public string Template { get; } = template;
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
