using System.Text.Json;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// Who is contacted in an emergency, in which waves, over which channels, and what counts as confirmed. Activating it
/// (<see cref="CallTreeActivation"/>) raises <c>calltree.activated</c>; the <c>call-tree</c> workflow runs the waves.
/// </summary>
public sealed class CallTree
{
    public const string DefaultTemplate = "calltree-message";

    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The notification template of the wave messages.</summary>
    public string Template { get; set; } = DefaultTemplate;
    /// <summary>When true, a wave also re-notifies the earlier waves' people who have not confirmed.</summary>
    public bool EscalateNonResponders { get; set; } = true;
    /// <summary>The waves as JSON (see <see cref="CallTreeWave"/>).</summary>
    public string WavesJson { get; set; } = "[]";
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Revision { get; set; }

    public IReadOnlyList<CallTreeWave> Waves
    {
        get => JsonSerializer.Deserialize<List<CallTreeWave>>(WavesJson, CallTreeJson.Options) ?? [];
        set => WavesJson = JsonSerializer.Serialize(value, CallTreeJson.Options);
    }
}
