using BcmWorkflows.Server.Auth;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>
/// The expected answer of every endpoint, one row each, decided by hand. A new endpoint must get a row here (the
/// matrix test fails on an endpoint the table does not list, and on a row whose endpoint is gone).
/// </summary>
public static class AuthorizationTable
{
    /// <summary>Declare incidents, change their status, add notes (<c>IncidentsApi.Responders</c>).</summary>
    private static readonly Access Responders = Access.Only(Roles.Admin, Roles.Coordinator, Roles.Manager);

    public static readonly IReadOnlyDictionary<string, (Access Access, string Why)> Rows = new Dictionary<string, (Access, string)>
    {
        // Sign-in (ASP.NET Core Identity under /api/auth). Registration is an administrator's act (an endpoint filter: 403 even anonymous).
        ["POST /api/auth/login"] = (Access.Public, "sign in"),
        ["POST /api/auth/refresh"] = (Access.Public, "a refresh token is the credential"),
        // Identity's emailed-code endpoints are not offered (no email sender for accounts): 404 for everyone.
        ["GET /api/auth/confirmEmail"] = (Access.Public, "not offered: 404"),
        ["POST /api/auth/resendConfirmationEmail"] = (Access.Public, "not offered: 404"),
        ["POST /api/auth/forgotPassword"] = (Access.Public, "not offered: 404"),
        ["POST /api/auth/resetPassword"] = (Access.Public, "not offered: 404"),
        ["POST /api/auth/register"] = (new Access(Answer.Forbidden, new HashSet<string> { Roles.Admin }), "administrators register users"),
        ["POST /api/auth/manage/2fa"] = (Access.SignedIn, "one's own account"),
        ["GET /api/auth/manage/info"] = (Access.SignedIn, "one's own account"),
        ["POST /api/auth/manage/info"] = (Access.SignedIn, "one's own account"),
        ["GET /api/auth/me"] = (Access.SignedIn, "one's own account"),
        ["POST /api/auth/logout"] = (Access.SignedIn, "ends one's own cookie session"),

        // Anonymous by design (no user: the matrix sends unsigned requests): health, the API description, acknowledgement links (the signed token is the credential),
        // Twilio webhooks (the X-Twilio-Signature is the credential).
        ["* /health"] = (Access.Public, "load balancers and monitors"),
        ["* /health/live"] = (Access.Public, "liveness for orchestrators"),
        ["GET /api/openapi.json"] = (Access.SignedIn, "the API description, like every /api/** endpoint (contract)"),
        ["GET /ack/{token}"] = (Access.Public, "the signed link is the credential"),
        ["POST /ack/{token}"] = (Access.Public, "the signed link is the credential"),
        ["POST /api/sms/twilio/inbound"] = (Access.SignedRequest, "Twilio signs it; unsigned is refused"),
        ["POST /api/sms/twilio/status"] = (Access.SignedRequest, "Twilio signs it; unsigned is refused"),

        // API keys for integrations: administrators only (a key itself never manages keys).
        ["POST /api/api-keys"] = (Access.Only(Roles.Admin), "administrators create integration keys"),
        ["GET /api/api-keys"] = (Access.Only(Roles.Admin), "administrators list keys (never their secrets)"),
        ["GET /api/api-keys/{id}"] = (Access.Only(Roles.Admin), "administrators read a key (never its secret)"),
        ["DELETE /api/api-keys/{id}"] = (Access.Only(Roles.Admin), "administrators revoke keys"),
        ["GET /api/users"] = (Access.Only(Roles.Admin), "administrators see the accounts"),
        ["POST /api/users"] = (Access.Only(Roles.Admin), "administrators create accounts"),
        ["PUT /api/users/{id}/roles"] = (Access.Only(Roles.Admin), "administrators give roles"),
        ["POST /api/users/{id}/password"] = (Access.Only(Roles.Admin), "administrators set a forgotten password"),

        // Workflow definitions and instances: reads for everyone signed in, changes under Design.
        ["GET /api/workflow-definitions"] = (Access.SignedIn, "read"),
        ["GET /api/workflow-definitions/{definitionId}"] = (Access.SignedIn, "read"),
        ["GET /api/workflow-definitions/{definitionId}/versions"] = (Access.SignedIn, "read"),
        ["PUT /api/workflow-definitions/{definitionId}"] = (Access.Design, "save a draft"),
        ["POST /api/workflow-definitions/{definitionId}/publish"] = (Access.Design, "publish"),
        ["POST /api/workflow-definitions/{definitionId}/retract"] = (Access.Design, "retract"),
        ["POST /api/workflow-definitions/{definitionId}/versions/{version:int}/revert"] = (Access.Design, "revert"),
        ["POST /api/workflow-definitions/{definitionId}/instances"] = (Access.Design, "start an instance"),
        ["GET /api/activity-types"] = (Access.SignedIn, "the designer's palette"),
        ["GET /api/workflow-instances"] = (Access.SignedIn, "read"),
        ["GET /api/workflow-instances/{instanceId}"] = (Access.SignedIn, "read"),
        ["GET /api/workflow-instances/{instanceId}/journal"] = (Access.SignedIn, "read"),
        ["GET /api/workflow-instances/{instanceId}/definition"] = (Access.SignedIn, "read"),
        ["POST /api/workflow-instances/{instanceId}/cancel"] = (Access.Design, "control an instance"),
        ["POST /api/workflow-instances/{instanceId}/retry"] = (Access.Design, "control an instance"),
        ["POST /api/events/{eventName}"] = (Access.Design, "raise an event"),

        // Templates: reads and preview for everyone signed in, overrides under Design.
        ["GET /api/templates"] = (Access.SignedIn, "read"),
        ["GET /api/templates/{key}"] = (Access.SignedIn, "read"),
        ["GET /api/templates/{key}/files/{file}/versions"] = (Access.SignedIn, "read"),
        ["POST /api/templates/preview"] = (Access.SignedIn, "renders without storing"),
        ["PUT /api/templates/{key}/files/{file}"] = (Access.Design, "override a file"),
        ["DELETE /api/templates/{key}/files/{file}"] = (Access.Design, "revert a file"),

        // People: reads for everyone signed in, changes under Design.
        ["GET /api/people"] = (Access.SignedIn, "read"),
        ["GET /api/people/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/people"] = (Access.Design, "create"),
        ["PUT /api/people/{id}"] = (Access.Design, "update"),
        ["POST /api/people/import"] = (Access.Design, "CSV import"),

        // Outbox: every signed-in user (the handler shows others' messages to Audit roles only; Staff need a linked person).
        ["GET /api/outbox"] = (Access.SignedIn, "read; filtered per viewer"),
        ["GET /api/outbox/{id}"] = (Access.SignedIn, "read; filtered per viewer"),

        // Organisation.
        ["GET /api/org-units"] = (Access.SignedIn, "read"),
        ["GET /api/org-units/{id}"] = (Access.SignedIn, "read"),
        ["PUT /api/org-units/{id}"] = (Access.Manage, "create or update"),
        ["GET /api/bcm-roles"] = (Access.SignedIn, "read"),
        ["GET /api/bcm-roles/{id}"] = (Access.SignedIn, "read"),
        ["PUT /api/bcm-roles/{id}"] = (Access.Manage, "create or update"),
        ["PUT /api/bcm-roles/{id}/holders"] = (Access.Manage, "replace holders"),

        // Human tasks: the task's assignees and delegates decide (the handler checks who: 403/404 per record).
        ["GET /api/tasks"] = (Access.SignedIn, "read; mine or all per viewer"),
        ["GET /api/tasks/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/tasks/{id}/complete"] = (Access.SignedIn, "assignees and delegates (record rule)"),
        ["POST /api/tasks/{id}/delegate"] = (Access.SignedIn, "an assignee or a coordinator (record rule)"),
        ["POST /api/tasks/{id}/cancel"] = (Access.Manage, "cancel"),

        // Training.
        ["GET /api/training/courses"] = (Access.SignedIn, "read"),
        ["GET /api/training/courses/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/training/courses"] = (Access.Manage, "create"),
        ["PUT /api/training/courses/{id}"] = (Access.Manage, "update"),
        ["GET /api/training/assignments"] = (Access.SignedIn, "mine, or anyone's for Manage/Audit"),
        ["GET /api/training/assignments/{id}"] = (Access.SignedIn, "mine, or anyone's for Manage/Audit (record rule)"),
        ["POST /api/training/assignments"] = (Access.Manage, "assign"),
        ["POST /api/training/assignments/{id}/complete"] = (Access.SignedIn, "the assigned person or Manage (record rule)"),

        // Exercises and improvement actions.
        ["GET /api/exercises"] = (Access.SignedIn, "read"),
        ["GET /api/exercises/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/exercises"] = (Access.Manage, "schedule"),
        ["PUT /api/exercises/{id}"] = (Access.Manage, "update"),
        ["POST /api/exercises/{id}/findings"] = (Access.Manage, "record a finding"),
        ["GET /api/improvement-actions"] = (Access.SignedIn, "all for Manage/Audit, else one's own"),
        ["GET /api/improvement-actions/{id}"] = (Access.SignedIn, "read (record rule)"),
        ["POST /api/improvement-actions"] = (Access.Manage, "open"),
        ["POST /api/improvement-actions/{id}/status"] = (Access.SignedIn, "the owner (record rule)"),
        ["POST /api/improvement-actions/{id}/verify"] = (Access.Manage, "effectiveness check"),

        // Incidents: everyone reads, responders act.
        ["GET /api/incidents"] = (Access.SignedIn, "read"),
        ["GET /api/incidents/{id}"] = (Access.SignedIn, "read"),
        ["GET /api/incidents/{id}/timeline"] = (Access.SignedIn, "read"),
        ["POST /api/incidents"] = (Responders, "declare"),
        ["POST /api/incidents/{id}/status"] = (Responders, "change status"),
        ["POST /api/incidents/{id}/notes"] = (Responders, "add a note"),

        // Call trees.
        ["GET /api/call-trees"] = (Access.SignedIn, "read"),
        ["GET /api/call-trees/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/call-trees"] = (Access.Manage, "create"),
        ["PUT /api/call-trees/{id}"] = (Access.Manage, "create or replace"),
        ["POST /api/call-trees/{id}/activate"] = (Access.Manage, "activate"),
        ["GET /api/call-trees/{id}/estimate"] = (Access.SignedIn, "read"),
        ["GET /api/call-trees/{id}/activations"] = (Access.SignedIn, "read"),
        ["GET /api/call-trees/{id}/activations/{activationId}"] = (Access.SignedIn, "read"),

        // BIA and risks.
        ["GET /api/processes"] = (Access.SignedIn, "read"),
        ["GET /api/processes/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/processes"] = (Access.Manage, "create"),
        ["PUT /api/processes/{id}"] = (Access.Manage, "update"),
        ["GET /api/risks"] = (Access.SignedIn, "read"),
        ["GET /api/risks/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/risks"] = (Access.Manage, "add"),
        ["PUT /api/risks/{id}"] = (Access.Manage, "update"),

        // Plans (writes are further limited to the coordinator's org units: PlanScopingTests).
        ["GET /api/plans"] = (Access.SignedIn, "read"),
        ["GET /api/plans/{id}"] = (Access.SignedIn, "read"),
        ["POST /api/plans"] = (Access.Manage, "create"),
        ["PUT /api/plans/{id}"] = (Access.Manage, "update metadata"),
        ["POST /api/plans/{id}/review"] = (Access.Manage, "start a review"),
        ["GET /api/plans/{id}/revisions"] = (Access.SignedIn, "read"),
        ["POST /api/plans/{id}/revisions"] = (Access.Manage, "open a revision"),
        ["GET /api/plans/{id}/revisions/{n:int}"] = (Access.SignedIn, "read"),
        ["PUT /api/plans/{id}/revisions/{n:int}"] = (Access.Manage, "coordinators or the plan's owner (the test's users own nothing)"),
        ["POST /api/plans/{id}/revisions/{n:int}/status"] = (Access.SignedIn, "approvers decide, else coordinators or the owner (record rule, checked after the body)"),
        ["GET /api/plans/{id}/revisions/{n:int}/diff"] = (Access.SignedIn, "read"),
        ["GET /api/plans/{id}/revisions/{n:int}/document"] = (Access.SignedIn, "download"),
        ["POST /api/plans/{id}/revisions/{n:int}/document"] = (Access.Manage, "render"),

        // The audit trail.
        ["GET /api/audit"] = (Access.Audit, "auditors"),
    };
}
