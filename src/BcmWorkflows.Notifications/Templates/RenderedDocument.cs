namespace BcmWorkflows.Notifications.Templates;

/// <summary>A rendered document template: the HTML, the language of the file used and where that file came from.</summary>
public sealed record RenderedDocument(string Html, string Language, TemplateOrigin Source);
