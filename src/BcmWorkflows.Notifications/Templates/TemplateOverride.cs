namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// A coordinator's version of one template file (<c>sms.zh-CN.sbn</c> of key <c>incident-page</c>). Versions are kept;
/// the newest one that is not <see cref="Deleted"/> wins over the shipped file, a deleted newest version means "use the shipped file".
/// </summary>
public sealed class TemplateOverride
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string File { get; set; }
    public int Version { get; set; }
    public required string Content { get; set; }
    public bool Deleted { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
