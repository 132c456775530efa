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
    /// <summary>The Identity id of the user with this email.</summary>
    public static async Task<string> UserIdAsync(ServerFixture server, string email)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<BcmUser>>().FindByEmailAsync(email);
        return user?.Id ?? throw new Xunit.Sdk.XunitException($"No user {email}.");
    }

    /// <summary>A new Staff user with a person linked to it (<c>userId</c>): a signed-in client and the person id.</summary>
    public static async Task<(HttpClient Client, string PersonId)> StaffPersonAsync(ServerFixture server, string name, string role = Roles.Staff)
    {
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}"[..(name.Length + 9)] + "@bcm.test";
        await ServerFixture.CreateUserAsync(server.Factory, email, role);
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var personId = await coordinator.CreatePersonAsync(new { name, email, channels = new[] { "Email" }, userId = await UserIdAsync(server, email) });
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Support.Auth.LoginAsync(client, email, ServerFixture.UserPassword));
        return (client, personId);
    }

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
