namespace BcmWorkflows.Notifications.Templates;

/// <summary>One key's folder under <c>templates/</c>, read at start-up.</summary>
/// <param name="Key">The folder name.</param>
/// <param name="Files">Template files by file name (<c>sms.zh-CN.sbn</c> → text).</param>
/// <param name="Readme">The folder's <c>README.md</c>: the model the key expects; null when absent.</param>
/// <param name="SampleJson">The folder's <c>sample.json</c>: a sample model; null when absent.</param>
public sealed record ShippedTemplate(string Key, IReadOnlyDictionary<string, string> Files, string? Readme, string? SampleJson);
