using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Incidents;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Activities.Bcm.Incidents;

/// <summary>
/// Changes an incident from a workflow: moves its status forward, sets its severity and/or writes a note on its
/// timeline, each as an audit line by the workflow, and links the instance to the incident (its messages and
/// acknowledgements join the timeline). The status rules are the API's (forward only, Closed is final); a move the
/// incident has already passed (a person was faster) is not applied and the journal says so, so that a late
/// acknowledgement cannot fault the escalation. An unknown incident or status faults the activity.
/// </summary>
[Activity("UpdateIncident", "BCM", "Moves an incident's status forward, changes its severity and/or adds a note to its timeline.", DisplayName = "Update incident")]
[Outcomes("Done")]
[Output("status", "String", "The incident's status afterwards.")]
[Output("severity", "Number", "The incident's severity afterwards.")]
[Output("applied", "Boolean", "False when the requested status was not ahead of the incident's (nothing moved).")]
public sealed class UpdateIncident(IncidentService incidents, AuditLog audit) : Activity, IValidatesModel
{
    [Input(Required = true, Description = "The incident id (usually input.incidentId).", UiHint = "Expression")]
    public string IncidentId { get; set; } = "";

    [Input(Description = "Move the status forward to Responding, Recovering or Closed (empty: leave it).", Options = ["", "Responding", "Recovering", "Closed"])]
    public string? Status { get; set; }

    [Input(Description = "Set the severity, 1 (most severe) to 4 (empty: leave it).")]
    public int? Severity { get; set; }

    [Input(Description = "A note for the incident's timeline (Scriban text, e.g. \"Acknowledged by {{ ... }}\").", UiHint = "TemplateText")]
    public string? Note { get; set; }

    [Input(Description = "Note or Decision: how the note appears on the timeline.", Options = ["Note", "Decision"])]
    public string NoteKind { get; set; } = "Note";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ct = context.CancellationToken;
        var instanceId = context.Instance.Id;
        var actor = Actors.Workflow(instanceId);
        var incident = await incidents.GetAsync(IncidentId, ct);
        var applied = true;
        var statusChanged = false;
        var steps = new List<string>();
        if (!string.IsNullOrWhiteSpace(Status))
        {
            var to = IncidentRules.ParseStatus(Status) ?? throw new InvalidOperationException($"'{Status}' is not an incident status.");
            if (IncidentRules.CanMove(incident.Status, to))
            {
                await incidents.ChangeStatusAsync(IncidentId, to.ToString(), Note, actor, instanceId, ct);
                statusChanged = true;
                steps.Add($"status {to}");
            }
            else
            {
                applied = false;
                steps.Add($"status left at {incident.Status} (not moved to {to})");
            }
        }
        if (Severity is { } severity)
        {
            await incidents.ChangeSeverityAsync(IncidentId, severity, actor, instanceId, ct);
            steps.Add($"severity {severity}");
        }
        // With a status change the note is part of its line; otherwise it is a line of its own.
        if (!string.IsNullOrWhiteSpace(Note) && !statusChanged)
        {
            await incidents.AddNoteAsync(IncidentId, Note, NoteKind, actor, instanceId, ct);
            steps.Add("note");
        }
        await audit.LinkAsync(Subjects.Incident(IncidentId), instanceId, ct);
        context.SetOutput("status", incident.Status.ToString());
        context.SetOutput("severity", incident.Severity);
        context.SetOutput("applied", applied);
        context.Log($"Incident {IncidentId}: {(steps.Count == 0 ? "nothing to change" : string.Join(", ", steps))}.");
        context.Complete("Done");
    }

    public static void Validate(ActivityModel model, ActivityValidationContext context)
    {
        if (Literal(model, "status") is { Length: > 0 } status && IncidentRules.ParseStatus(status) is null)
            context.AddError("inputs.status.value", $"'{status}' is not an incident status: Responding, Recovering or Closed.");
        if (Literal(model, "noteKind") is { } kind && IncidentRules.ParseNoteKind(kind) is null)
            context.AddError("inputs.noteKind.value", "Note or Decision.");
        if (model.Inputs.TryGetValue("severity", out var s) && s?.Type == InputValue.Literal && s.Value is JsonValue v
            && v.TryGetValue<int>(out var severity) && severity is < IncidentRules.MinSeverity or > IncidentRules.MaxSeverity)
            context.AddError("inputs.severity.value", "A severity from 1 to 4.");
    }

    private static string? Literal(ActivityModel model, string name) =>
        model.Inputs.TryGetValue(name, out var value) && value?.Type == InputValue.Literal && value.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
