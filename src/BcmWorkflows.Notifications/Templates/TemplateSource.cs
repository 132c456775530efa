namespace BcmWorkflows.Notifications.Templates;

/// <summary>What to render: a template key (files under <c>templates/&lt;key&gt;/</c>, or a coordinator's override) or inline Scriban text.</summary>
public sealed record TemplateSource
{
    public string? Key { get; init; }
    public string? Text { get; init; }
    /// <summary>Inline email subject (Scriban), used with <see cref="Text"/>.</summary>
    public string? Subject { get; init; }

    public static TemplateSource ForKey(string key) => new() { Key = key };
    public static TemplateSource Inline(string text, string? subject = null) => new() { Text = text, Subject = subject };

    /// <summary>How errors name it: the key, or <c>inline</c>.</summary>
    public string Name => Key ?? "inline";
}
