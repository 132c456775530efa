namespace BcmWorkflows.Notifications.Templates;

/// <summary>Where a template file's text came from.</summary>
public enum TemplateOrigin
{
    /// <summary>The file under <c>templates/&lt;key&gt;/</c>.</summary>
    Shipped,
    /// <summary>A coordinator's override stored in the database (<see cref="TemplateOverride"/>).</summary>
    Override,
    /// <summary>Scriban text given with the request, not a key.</summary>
    Inline,
}
