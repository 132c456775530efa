namespace BcmWorkflows.Notifications.Templates;

/// <summary>A rendered message for one channel and language.</summary>
public sealed record RenderedMessage
{
    public string? Subject { get; init; }
    /// <summary>SMS text, or the plain-text email body (empty when the email template has only an HTML part).</summary>
    public required string Body { get; init; }
    public string? Html { get; init; }
    /// <summary>SMS only: <c>GSM-7</c> or <c>UCS-2</c>.</summary>
    public string? Encoding { get; init; }
    /// <summary>SMS only: segments the carrier bills.</summary>
    public int Segments { get; init; }
    /// <summary>The language variant actually used (falls back to <c>en</c> when a file has no variant).</summary>
    public required string Language { get; init; }
    /// <summary>Where the text came from: a shipped key, a key with at least one overridden file, or inline text.</summary>
    public TemplateOrigin Source { get; init; }
}
