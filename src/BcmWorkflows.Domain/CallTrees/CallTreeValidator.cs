using System.Xml;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Notifications;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// Checks a call tree in full and reports every problem at once, keyed by JSON path: no waves, an empty wave
/// (<c>waves[i].members</c>), an unknown member (<c>waves[i].members[j]</c>), a channel that is not Sms or Email, a quorum
/// that is not All/Any/N or is larger than the number of people the wave resolves to (<c>waves[i].quorum</c>), a wait
/// that is not a positive ISO 8601 duration (<c>waves[i].wait</c>).
/// </summary>
public sealed class CallTreeValidator(Roster roster)
{
    public const int MaxWaves = 20;
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(7);

    public async Task<(Dictionary<string, string[]> Errors, List<CallTreeWave> Waves)> CheckAsync(CallTreeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200) errors["name"] = ["A name of 1 to 200 characters is required."];
        if (input.Description?.Length > 4000) errors["description"] = ["At most 4000 characters."];
        if (input.Template is { } template && (string.IsNullOrWhiteSpace(template) || template.Length > 100))
            errors["template"] = ["A template key of 1 to 100 characters."];
        var waves = new List<CallTreeWave>();
        if (input.Waves is not { Count: > 0 }) errors["waves"] = ["At least one wave is required."];
        else if (input.Waves.Count > MaxWaves) errors["waves"] = [$"At most {MaxWaves} waves."];
        else
            for (var i = 0; i < input.Waves.Count; i++)
                if (await CheckWaveAsync(input.Waves[i], $"waves[{i}]", i, errors, cancellationToken) is { } wave) waves.Add(wave);
        return (errors, waves);
    }

    private async Task<CallTreeWave?> CheckWaveAsync(WaveInput? wave, string path, int index, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (wave is null)
        {
            errors[path] = ["A wave object is required."];
            return null;
        }
        var before = errors.Count;
        var name = string.IsNullOrWhiteSpace(wave.Name) ? $"Wave {index + 1}" : wave.Name.Trim();
        if (name.Length > 200) errors[$"{path}.name"] = ["At most 200 characters."];

        var members = wave.Members ?? [];
        var resolved = 0;
        if (members.Count == 0) errors[$"{path}.members"] = ["A wave needs at least one member (person:, role: or orgunit: reference)."];
        else
        {
            var unknown = await roster.CheckAsync(members, $"{path}.members", cancellationToken);
            foreach (var (key, messages) in unknown) errors[key] = messages;
            if (unknown.Count == 0) resolved = (await roster.ResolveAsync(members, cancellationToken)).Count;
        }

        var channels = wave.Channels ?? [];
        for (var j = 0; j < channels.Count; j++)
            if (!Enum.TryParse<Channel>(channels[j], ignoreCase: true, out var c) || !Enum.IsDefined(c) || int.TryParse(channels[j], out _))
                errors[$"{path}.channels[{j}]"] = [$"'{channels[j]}' is not a channel: Sms or Email."];

        var quorumText = string.IsNullOrWhiteSpace(wave.Quorum) ? "All" : wave.Quorum;
        if (!Quorum.TryParse(quorumText, out var quorum)) errors[$"{path}.quorum"] = [$"'{wave.Quorum}' is not a quorum: All, Any or a positive number."];
        else if (quorum.Kind == QuorumKind.Count && members.Count > 0 && !errors.Keys.Any(k => k.StartsWith($"{path}.members", StringComparison.Ordinal)) && quorum.Count > resolved)
            errors[$"{path}.quorum"] = [$"The quorum {quorum.Count} is larger than the wave: its members are {resolved} people."];

        if (!TryParseWait(wave.Wait, out var wait)) errors[$"{path}.wait"] = ["An ISO 8601 duration such as PT15M, more than zero and at most 7 days, is required."];

        if (errors.Count > before) return null;
        return new CallTreeWave(name, members.Select(m => m.Trim()).ToList(),
            channels.Select(c => Enum.Parse<Channel>(c, ignoreCase: true).ToString()).Distinct(StringComparer.Ordinal).ToList(),
            quorum.ToString(), XmlConvert.ToString(wait));
    }

    /// <summary>A positive ISO 8601 duration of at most <see cref="MaxWait"/>.</summary>
    public static bool TryParseWait(string? text, out TimeSpan wait)
    {
        wait = default;
        if (string.IsNullOrWhiteSpace(text) || !text.Trim().StartsWith('P')) return false;
        try { wait = XmlConvert.ToTimeSpan(text.Trim()); }
        catch (FormatException) { return false; }
        return wait > TimeSpan.Zero && wait <= MaxWait;
    }
}
