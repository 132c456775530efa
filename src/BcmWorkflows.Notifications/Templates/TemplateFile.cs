namespace BcmWorkflows.Notifications.Templates;

/// <summary>One template file as rendering sees it: its effective text and where that came from.</summary>
/// <param name="Name">The file name, e.g. <c>sms.zh-CN.sbn</c>.</param>
/// <param name="Content">Scriban text.</param>
/// <param name="Origin"><see cref="TemplateOrigin.Shipped"/> or <see cref="TemplateOrigin.Override"/>.</param>
/// <param name="Version">The override's version; null for a shipped file.</param>
/// <param name="ChangedAt">When the override was stored; null for a shipped file.</param>
/// <param name="ChangedBy">Who stored the override; null for a shipped file.</param>
public sealed record TemplateFile(string Name, string Content, TemplateOrigin Origin, int? Version = null, DateTimeOffset? ChangedAt = null, string? ChangedBy = null);
