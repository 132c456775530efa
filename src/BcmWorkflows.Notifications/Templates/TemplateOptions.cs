namespace BcmWorkflows.Notifications.Templates;

/// <summary><c>Bcm:Templates:*</c>: where the shipped templates are and the sandbox limits of one render.</summary>
public sealed class TemplateOptions
{
    public const string SectionName = "Bcm:Templates";

    /// <summary>
    /// <c>Bcm:Templates:Path</c>: the folder holding one sub-folder per template key. The server fills it in with the
    /// repository's or image's <c>templates/</c> folder when it is not configured; null means no shipped templates.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Iterations one loop may run.</summary>
    public int LoopLimit { get; set; } = 1_000;

    /// <summary>Depth of nested function calls.</summary>
    public int RecursiveLimit { get; set; } = 32;

    /// <summary>Wall-clock time one template file may take to render.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Characters one rendered file (and any one string built while rendering it) may hold.</summary>
    public int OutputLimit { get; set; } = 100_000;

    /// <summary>Characters one rendered document (<c>document.html</c>: a whole plan) may hold.</summary>
    public int DocumentOutputLimit { get; set; } = 2_000_000;
}
