using System.Text.Json;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// One run of a call tree: who activated it, for which incident, with which message, and how its waves went. The per
/// person detail is not copied here: the report reads it from the acknowledgement and outbox records of
/// <see cref="InstanceId"/> whose sending activity starts with <see cref="AckPrefix"/>.
/// </summary>
public sealed class CallTreeActivation
{
    public required string Id { get; set; }
    public required string CallTreeId { get; set; }
    public string? IncidentId { get; set; }
    public string? Message { get; set; }
    public required string ActivatedBy { get; set; }
    public DateTimeOffset At { get; set; }
    public CallTreeActivationStatus Status { get; set; }
    /// <summary>The workflow instance running the waves (RunCallTree), once one has started.</summary>
    public string? InstanceId { get; set; }
    /// <summary>The RunCallTree activity id: wave n's acknowledgement requests are keyed <c>{AckPrefix}.w{n}</c>.</summary>
    public string? AckPrefix { get; set; }
    /// <summary>The waves' progress as JSON (<see cref="WaveProgress"/>).</summary>
    public string WavesJson { get; set; } = "[]";
    /// <summary>The people of each wave (person ids), as resolved when the run started: a JSON array of arrays.</summary>
    public string PeopleJson { get; set; } = "[]";
    public DateTimeOffset? FinishedAt { get; set; }
    public double? ConfirmationRate { get; set; }

    public List<WaveProgress> Waves
    {
        get => JsonSerializer.Deserialize<List<WaveProgress>>(WavesJson, CallTreeJson.Options) ?? [];
        set => WavesJson = JsonSerializer.Serialize(value, CallTreeJson.Options);
    }

    public List<List<string>> People
    {
        get => JsonSerializer.Deserialize<List<List<string>>>(PeopleJson, CallTreeJson.Options) ?? [];
        set => PeopleJson = JsonSerializer.Serialize(value, CallTreeJson.Options);
    }

    /// <summary>The acknowledgement key of wave <paramref name="index"/> (1-based).</summary>
    public static string WaveKey(string prefix, int index) => $"{prefix}.w{index}";

    /// <summary>The key of the re-notifications of earlier waves' non-responders sent with wave <paramref name="index"/>.</summary>
    public static string RenotifyKey(string prefix, int index) => $"{prefix}.w{index}.again";
}
