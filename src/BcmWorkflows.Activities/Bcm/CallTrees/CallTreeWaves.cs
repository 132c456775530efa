using System.Text.Json.Nodes;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Activities.Bcm.CallTrees;

/// <summary>
/// The record keeping of <see cref="RunCallTree"/>: starting a run (activation, people per wave, instance links), sending
/// a wave (and the re-notifications), counting its confirmations, ending it, and finishing the run with its report.
/// Everything is staged in the burst's unit of work.
/// </summary>
public sealed class CallTreeWaves(CallTreeRuns runs, MessageComposer composer, AcknowledgementQueries acks,
    Roster roster, AuditLog audit, CallTreeReports reports)
{
    /// <summary>Up to this many people the activity's <c>people</c> output lists each one.</summary>
    public const int PeopleOutputLimit = 200;

    public async Task<CallTreeRunState> BeginAsync(ActivityExecutionContext context, string callTreeId, string? activationId, string? incidentId,
        string? message, JsonObject? model)
    {
        var ct = context.CancellationToken;
        var instanceId = context.Instance.Id;
        var tree = await runs.TreeAsync(callTreeId, ct)
            ?? throw new InvalidOperationException($"No call tree '{callTreeId}'.");
        CallTreeActivation activation;
        if (!string.IsNullOrWhiteSpace(activationId))
        {
            activation = await runs.ActivationAsync(activationId, ct)
                ?? throw new InvalidOperationException($"No call tree activation '{activationId}'.");
            if (activation.CallTreeId != tree.Id) throw new InvalidOperationException($"Activation '{activationId}' is for call tree '{activation.CallTreeId}', not '{tree.Id}'.");
            if (activation.InstanceId is { } other && other != instanceId) throw new InvalidOperationException($"Activation '{activationId}' is already run by instance {other}.");
        }
        else
        {
            activation = runs.Add(new CallTreeActivation
            {
                Id = Ids.New(), CallTreeId = tree.Id, IncidentId = string.IsNullOrWhiteSpace(incidentId) ? null : incidentId,
                Message = message, ActivatedBy = Actors.Workflow(instanceId), At = context.Now,
            });
        }
        var incident = activation.IncidentId ?? (string.IsNullOrWhiteSpace(incidentId) ? null : incidentId);
        if (incident is not null && !await runs.IncidentExistsAsync(incident, ct)) throw new InvalidOperationException($"No incident '{incident}'.");

        var definitions = tree.Waves;
        var people = new List<List<string>>();
        foreach (var wave in definitions) people.Add((await roster.ResolveAsync(wave.Members, ct)).ToList());
        activation.IncidentId = incident;
        activation.Message = message ?? activation.Message;
        activation.InstanceId = instanceId;
        activation.AckPrefix = context.ActivityId;
        activation.Status = CallTreeActivationStatus.Running;
        activation.People = people;
        activation.Waves = definitions.Select((w, i) => new WaveProgress
        {
            Index = i + 1, Name = w.Name, Quorum = w.Quorum, Wait = w.Wait, AckKey = CallTreeActivation.WaveKey(context.ActivityId, i + 1), People = people[i].Count,
        }).ToList();

        await audit.LinkAsync(Subjects.CallTree(tree.Id), instanceId, ct);
        if (incident is not null) await audit.LinkAsync(Subjects.Incident(incident), instanceId, ct);
        Record(activation, context, "run:started", $"Call tree '{tree.Name}' started: {people.Sum(p => p.Count)} people in {people.Count} wave(s).");
        return await StartWaveAsync(context, tree, activation, 1, activation.Message, model);
    }

    /// <summary>How many of the current wave's requests are confirmed: one indexed count.</summary>
    public async Task<int> ConfirmedAsync(ActivityExecutionContext context, CallTreeRunState run) =>
        (await acks.CountAsync(context.Instance.Id, run.WaveKey, context.CancellationToken)).Confirmed;

    /// <summary>Records the end of the current wave; returns the next wave's state, or null when the run finished (the activity completed).</summary>
    public async Task<CallTreeRunState?> EndWaveAsync(ActivityExecutionContext context, CallTreeRunState run, int confirmed, bool met)
    {
        var ct = context.CancellationToken;
        var activation = await runs.ActivationAsync(run.ActivationId, ct) ?? throw new InvalidOperationException($"No call tree activation '{run.ActivationId}'.");
        var progress = activation.Waves;
        var wave = progress[run.Wave - 1];
        wave.EndedAt = context.Now;
        wave.Confirmed = confirmed;
        wave.QuorumMet = met;
        activation.Waves = progress;
        Record(activation, context, "wave:ended",
            $"Wave {wave.Index} ({wave.Name}) ended: {confirmed} of {wave.Asked} confirmed, quorum {wave.Quorum} {(met ? "met" : "not met")}.");

        if (run.Wave < run.WaveCount)
        {
            var tree = await runs.TreeAsync(run.CallTreeId, ct) ?? throw new InvalidOperationException($"No call tree '{run.CallTreeId}'.");
            return await StartWaveAsync(context, tree, activation, run.Wave + 1, run.Message, run.Model);
        }

        var completed = progress.All(p => p.QuorumMet == true);
        activation.Status = completed ? CallTreeActivationStatus.Completed : CallTreeActivationStatus.QuorumNotMet;
        activation.FinishedAt = context.Now;
        var report = await reports.BuildAsync(activation, PeopleOutputLimit, ct);
        activation.ConfirmationRate = report.ConfirmationRate;
        context.SetOutput("activationId", activation.Id);
        context.SetOutput("callTreeName", (await runs.TreeAsync(run.CallTreeId, ct))?.Name);
        context.SetOutput("confirmationRate", report.ConfirmationRate);
        context.SetOutput("waves", CallTreeJsonOutputs.Waves(report));
        if (report.Total <= PeopleOutputLimit) context.SetOutput("people", CallTreeJsonOutputs.People(report));
        var summary = $"{report.Confirmed} of {report.Total} confirmed ({report.ConfirmationRate:P0}); {(completed ? "every wave met its quorum" : "quorum not met")}.";
        Record(activation, context, completed ? "run:completed" : "run:quorum-not-met", $"Call tree finished: {summary}");
        context.Log(summary);
        context.Complete(completed ? "Completed" : "QuorumNotMet");
        return null;
    }

    private async Task<CallTreeRunState> StartWaveAsync(ActivityExecutionContext context, CallTree tree, CallTreeActivation activation, int index,
        string? message, JsonObject? extra)
    {
        var ct = context.CancellationToken;
        var definition = tree.Waves[index - 1];
        var people = activation.People[index - 1];
        var model = await ModelAsync(tree, activation, index, message, extra, ct);
        var channels = definition.Channels.Select(c => Enum.Parse<Channel>(c, ignoreCase: true)).ToList();
        var waveKey = CallTreeActivation.WaveKey(activation.AckPrefix!, index);
        var sent = await SendAsync(context, waveKey, people, channels, tree.Template, model);

        var renotified = 0;
        if (tree.EscalateNonResponders && index > 1)
        {
            var earlier = await NonRespondersAsync(context, activation, index, people);
            if (earlier.Count > 0) renotified = await SendAsync(context, CallTreeActivation.RenotifyKey(activation.AckPrefix!, index), earlier, channels, tree.Template, model);
        }

        var progress = activation.Waves;
        var wave = progress[index - 1];
        wave.StartedAt = context.Now;
        wave.Asked = sent;
        wave.Renotified = renotified;
        activation.Waves = progress;
        Record(activation, context, "wave:started",
            $"Wave {index} ({wave.Name}) started: {sent} of {people.Count} people asked to confirm{(renotified > 0 ? $", {renotified} earlier non-responders re-notified" : "")}; quorum {wave.Quorum}, wait {wave.Wait}.");
        return new CallTreeRunState(tree.Id, activation.Id, activation.IncidentId, message, extra, index, tree.Waves.Count, waveKey, sent,
            Quorum.Parse(definition.Quorum), Engine.Activities.InputConverter.ParseDuration(definition.Wait)) { JustStarted = true };
    }

    private async Task<int> SendAsync(ActivityExecutionContext context, string key, IReadOnlyList<string> people, IReadOnlyList<Channel> channels,
        string template, JsonObject model)
    {
        if (people.Count == 0) return 0;
        var outcomes = await composer.ComposeAsync(new MessageRequest
        {
            InstanceId = context.Instance.Id,
            ActivityId = key,
            Recipients = people,
            Policy = ChannelPolicy.Preference,
            Channels = channels.Count > 0 ? channels : null,
            Template = TemplateSource.ForKey(template),
            Model = model,
            RequestAcknowledgement = true,
        }, context.CancellationToken);
        return outcomes.Count(o => o.AckRequestId is not null);
    }

    /// <summary>Earlier waves' people who were asked and have not confirmed (and are not in this wave anyway).</summary>
    private Task<List<string>> NonRespondersAsync(ActivityExecutionContext context, CallTreeActivation activation, int index, List<string> current)
    {
        var inWave = current.ToHashSet(StringComparer.Ordinal);
        return runs.NonRespondersAsync(context.Instance.Id, activation.AckPrefix!,
            activation.People.Take(index - 1).SelectMany(p => p).Where(p => !inWave.Contains(p)), context.CancellationToken);
    }

    private async Task<JsonObject> ModelAsync(CallTree tree, CallTreeActivation activation, int wave, string? message, JsonObject? extra, CancellationToken ct)
    {
        var model = extra?.DeepClone().AsObject() ?? [];
        model["call_tree"] = new JsonObject { ["id"] = tree.Id, ["name"] = tree.Name, ["wave"] = wave };
        model["message"] = message ?? "";
        if (activation.IncidentId is { } incidentId)
        {
            var title = await runs.IncidentTitleAsync(incidentId, ct);
            model["incident"] = new JsonObject { ["id"] = incidentId, ["title"] = title };
        }
        return model;
    }

    private void Record(CallTreeActivation activation, ActivityExecutionContext context, string action, string summary)
    {
        var data = new JsonObject { ["activationId"] = activation.Id };
        var actor = Actors.Workflow(context.Instance.Id);
        audit.Record(Subjects.CallTree(activation.CallTreeId), AuditKind.Workflow, action, actor, summary, data, context.Instance.Id);
        if (activation.IncidentId is { } incident)
            audit.Record(Subjects.Incident(incident), AuditKind.Workflow, $"calltree:{action}", actor, summary, data.DeepClone(), context.Instance.Id);
    }
}
