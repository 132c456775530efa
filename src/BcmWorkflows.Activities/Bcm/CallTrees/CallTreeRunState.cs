using System.Text.Json.Nodes;
using BcmWorkflows.Domain.CallTrees;

namespace BcmWorkflows.Activities.Bcm.CallTrees;

/// <summary>
/// What RunCallTree keeps between wake-ups (its activity state): only what a wake-up needs to count the current wave,
/// plus the message and model for the waves still to start. Small, whatever the size of the tree.
/// </summary>
public sealed record CallTreeRunState(
    string CallTreeId, string ActivationId, string? IncidentId, string? Message, JsonObject? Model,
    int Wave, int WaveCount, string WaveKey, int Asked, Quorum Quorum, TimeSpan WaitFor)
{
    /// <summary>True right after the wave started (its timer is still to be set); never stored.</summary>
    public bool JustStarted { get; init; }

    public JsonObject ToJson() => new()
    {
        ["callTreeId"] = CallTreeId,
        ["activationId"] = ActivationId,
        ["incidentId"] = IncidentId,
        ["message"] = Message,
        ["model"] = Model?.DeepClone(),
        ["wave"] = Wave,
        ["waveCount"] = WaveCount,
        ["waveKey"] = WaveKey,
        ["asked"] = Asked,
        ["quorum"] = Quorum.ToString(),
        ["waitSeconds"] = WaitFor.TotalSeconds,
    };

    public static CallTreeRunState From(JsonNode? state)
    {
        var s = state as JsonObject ?? throw new InvalidOperationException("RunCallTree woke up without its state.");
        return new CallTreeRunState(
            s["callTreeId"]!.GetValue<string>(), s["activationId"]!.GetValue<string>(), s["incidentId"]?.GetValue<string>(),
            s["message"]?.GetValue<string>(), s["model"] as JsonObject,
            s["wave"]!.GetValue<int>(), s["waveCount"]!.GetValue<int>(), s["waveKey"]!.GetValue<string>(), s["asked"]!.GetValue<int>(),
            Quorum.Parse(s["quorum"]!.GetValue<string>()), TimeSpan.FromSeconds(s["waitSeconds"]!.GetValue<double>()));
    }
}
