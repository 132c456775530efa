using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>A manager opens a task from the inbox and approves it with a comment; the waiting workflow goes on.</summary>
public sealed class TaskInboxTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private static string ApprovalFlow(string id) => $$"""
        {
          "definitionId": "{{id}}", "name": "Approve a change",
          "inputs": [ { "name": "approver", "type": "String", "required": true } ],
          "variables": [ { "name": "result", "type": "String" } ],
          "root": { "type": "Flowchart", "activities": [
            { "id": "decide", "type": "UserTask", "inputs": {
                "assignees": { "type": "Scriban", "value": "[input.approver]" },
                "title": { "type": "Literal", "value": "Approve the new call tree" },
                "description": { "type": "Literal", "value": "Wave 2 now includes the facilities team." },
                "outcomes": { "type": "Literal", "value": ["Approve", "Reject"] },
                "commentRequiredFor": { "type": "Literal", "value": ["Reject"] } } },
            { "id": "approved", "type": "SetVariable", "inputs": {
                "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Scriban", "value": "outputs.decide.comment" } } }
          ], "connections": [ { "source": { "activity": "decide", "port": "Approve" }, "target": { "activity": "approved" } } ] }
        }
        """;

    private async Task<string> ManagerPersonAsync()
    {
        var email = await Fixture.EmailForAsync(Roles.Manager);
        var userId = await Fixture.Server.WithAsync<UserManager<BcmUser>, string>(async users => (await users.FindByEmailAsync(email))!.Id);
        using var created = await Api.PostAsJsonAsync("/api/people", new { name = "Mia Manager", email, channels = new[] { "Email" }, userId });
        created.EnsureSuccessStatusCode();
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private async Task<string> StartAsync(string definitionId, string approver)
    {
        (await Api.PutAsync($"/api/workflow-definitions/{definitionId}", new StringContent(ApprovalFlow(definitionId), System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await Api.PostAsync($"/api/workflow-definitions/{definitionId}/publish", null)).EnsureSuccessStatusCode();
        using var started = await Api.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/instances", new { input = new { approver } });
        started.EnsureSuccessStatusCode();
        return JsonNode.Parse(await started.Content.ReadAsStringAsync())!["instanceId"]!.GetValue<string>();
    }

    [Fact]
    public Task A_manager_approves_a_task_from_the_inbox_with_a_comment_and_the_workflow_goes_on() => RunAsync(async page =>
    {
        var instanceId = await StartAsync($"approve-{Guid.NewGuid():N}"[..16], await ManagerPersonAsync());

        await SignInAsAsync(page, Roles.Manager);
        await OpenAsync("/tasks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Approve the new call tree" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Approve the new call tree", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Wave 2 now includes the facilities team.")).ToBeVisibleAsync();

        // Reject needs a comment: the server's rule shows under the box and nothing is decided.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();
        await Expect(page.Locator("#decision-comment-error")).ToBeVisibleAsync();

        await page.GetByLabel("Comment").FillAsync("Fine — facilities confirmed their numbers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Task completed: Approve" })).ToBeVisibleAsync();

        // The workflow resumes on the task's completion event; give it a few seconds on a busy machine.
        var state = "";
        for (var attempt = 0; attempt < 50 && state != "Finished Fine — facilities confirmed their numbers."; attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            var instance = JsonNode.Parse(await Api.GetStringAsync($"/api/workflow-instances/{instanceId}"))!;
            state = $"{instance["status"]} {instance["variables"]?["result"]}";
        }
        Assert.Equal("Finished Fine — facilities confirmed their numbers.", state);
    });
}
