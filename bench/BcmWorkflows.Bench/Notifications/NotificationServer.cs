using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BcmWorkflows.Bench.Memory;

namespace BcmWorkflows.Bench.Notifications;

/// <summary>A real server process on PostgreSQL with Twilio pointed at a <see cref="TwilioSink"/>, and the API calls the notification benchmarks make.</summary>
public static class NotificationServer
{
    public const string AuthToken = "bench-auth-token-0123456789abcdef";
    public const string PublicBaseUrl = "https://bcm.bench.example";
    private const string Email = "bench@example.com";
    private const string Password = "Bench!2026pw";

    /// <summary>Starts the server; <paramref name="shippedWorkflows"/> names files of the repository's <c>workflows/</c> to import (default none).</summary>
    public static async Task<ServerProcess> StartAsync(BenchPostgres database, TwilioSink twilio, double segmentsPerSecond, IReadOnlyList<string>? shippedWorkflows = null)
    {
        var workflows = Directory.CreateTempSubdirectory("bcm-bench-workflows");
        foreach (var file in shippedWorkflows ?? [])
            File.Copy(Path.Combine(ServerProcess.RepoRoot(), "workflows", file), Path.Combine(workflows.FullName, file));
        var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Bcm__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Bcm"] = database.ConnectionString,
            ["Bcm__Admin__Email"] = Email,
            ["Bcm__Admin__Password"] = Password,
            ["Bcm__Workflows__Path"] = workflows.FullName,
            ["Bcm__Sms__Twilio__AccountSid"] = "AC00000000000000000000000000000001",
            ["Bcm__Sms__Twilio__AuthToken"] = AuthToken,
            ["Bcm__Sms__Twilio__From"] = "+15005550006",
            ["Bcm__Sms__Twilio__PublicBaseUrl"] = PublicBaseUrl,
            ["Bcm__Sms__Twilio__ApiBaseUrl"] = twilio.BaseUrl,
            ["Bcm__Sms__Twilio__SegmentsPerSecond"] = segmentsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await server.LoginAsync(Email, Password);
        return server;
    }

    /// <summary>Imports <paramref name="count"/> people reachable by SMS only (distinct valid German mobile numbers) in one CSV; returns their ids.</summary>
    public static async Task<List<string>> ImportPeopleAsync(ServerProcess server, int count, int offset = 0)
    {
        var csv = new StringBuilder("name,phone,channels\n");
        for (var i = 0; i < count; i++) csv.Append("Person ").Append(offset + i).Append(",+49151").Append(10_000_000 + offset + i).Append(",Sms\n");
        var response = await server.Client.PostAsync("/api/people/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {body}");
        return body!["people"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
    }

    /// <summary>Deploys a workflow: one Notify to <c>input.people</c> by SMS (optionally asking for acknowledgement and waiting for all).</summary>
    public static async Task DeployAsync(ServerProcess server, string id, bool acknowledge)
    {
        var wait = acknowledge
            ? """, { "id": "wait", "type": "WaitForAcknowledgement", "inputs": { "of": { "type": "Literal", "value": "page" }, "mode": { "type": "Literal", "value": "All" }, "timeout": { "type": "Literal", "value": "PT1H" } } }"""
            : "";
        var connection = acknowledge ? """{ "source": { "activity": "page", "port": "Done" }, "target": { "activity": "wait" } }""" : "";
        var definition = $$$"""
            {
              "definitionId": "{{{id}}}", "name": "Fan-out",
              "inputs": [ { "name": "people", "type": "Array", "required": true } ],
              "root": { "type": "Flowchart", "activities": [
                { "id": "page", "type": "Notify", "inputs": {
                    "people": { "type": "Scriban", "value": "input.people" },
                    "text": { "type": "Literal", "value": "Site DC1 evacuated. Report to the assembly point.{{ if ack.code }} Reply {{ ack.code }} to confirm.{{ end }}" },
                    "channels": { "type": "Literal", "value": ["Sms"] },
                    "requestAcknowledgement": { "type": "Literal", "value": {{{(acknowledge ? "true" : "false")}}} } } }{{{wait}}}
              ], "connections": [ {{{connection}}} ] }
            }
            """;
        (await server.Client.PutAsync($"/api/workflow-definitions/{id}", new StringContent(definition, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsync($"/api/workflow-definitions/{id}/publish", null)).EnsureSuccessStatusCode();
    }

    public static async Task<string> StartAsync(ServerProcess server, string id, IReadOnlyList<string> people)
    {
        var response = await server.Client.PostAsJsonAsync($"/api/workflow-definitions/{id}/instances", new { input = new { people } });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Start failed: {(int)response.StatusCode} {body}");
        return body!["instanceId"]!.GetValue<string>();
    }
}
