using System.Net.Http.Headers;
using System.Text.Json;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Tasks;

/// <summary>People who sign in (users linked to persons) and the task workflows the task tests run.</summary>
internal static class TaskApi
{
    /// <summary>A person without a sign-in account (a role holder who only receives messages).</summary>
    public static Task<string> PersonAsync(HttpClient coordinator, string name) =>
        coordinator.CreatePersonAsync(new { name, email = $"{name.ToLowerInvariant()}@example.org", channels = new[] { "Email" } });

    /// <summary>
    /// A UserTask <c>review</c> for <c>input.people</c> with outcomes Accept / Revise (comment required on Revise) about
    /// <c>plan:{input.planId}</c>; the outcome port sets the variable <c>result</c>. Extra inputs (dueIn, remindEvery,
    /// escalateTo) are merged into the task's inputs.
    /// </summary>
    public static string ReviewFlow(string id, string extraInputs = "") => $$$"""
        {
          "definitionId": "{{{id}}}", "name": "Review",
          "inputs": [ { "name": "people", "type": "Array", "required": true }, { "name": "planId", "type": "String" } ],
          "variables": [ { "name": "result", "type": "String" } ],
          "root": { "type": "Flowchart", "activities": [
            { "id": "review", "type": "UserTask", "inputs": {
                "assignees": { "type": "Scriban", "value": "input.people" },
                "title": { "type": "Scriban", "value": "Review plan {{ input.planId }}" },
                "description": { "type": "Literal", "value": "Check the recovery steps." },
                "outcomes": { "type": "Literal", "value": ["Accept", "Revise"] },
                "commentRequiredFor": { "type": "Literal", "value": ["Revise"] },
                "subject": { "type": "Scriban", "value": "plan:{{ input.planId }}" }{{{extraInputs}}} } },
            { "id": "accepted", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Literal", "value": "accepted" } } },
            { "id": "revise", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Scriban", "value": "outputs.review.comment" } } }
          ], "connections": [
            { "source": { "activity": "review", "port": "Accept" }, "target": { "activity": "accepted" } },
            { "source": { "activity": "review", "port": "Revise" }, "target": { "activity": "revise" } }
          ] }
        }
        """;

    public static StringContent Body(object value) => Api.Json(JsonSerializer.Serialize(value));
}
