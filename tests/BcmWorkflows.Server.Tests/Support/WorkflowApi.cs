using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>The definitions, instances and events calls most tests make, asserting the happy path.</summary>
public static class WorkflowApi
{
    public static string DefinitionUrl(string id) => $"/api/workflow-definitions/{id}";

    /// <summary>PUT a draft; expects 201 or 200 and returns the response.</summary>
    public static async Task<JsonNode> SaveAsync(this HttpClient client, string json)
    {
        var id = JsonNode.Parse(json)!["definitionId"]!.GetValue<string>();
        using var response = await client.PutJsonAsync(DefinitionUrl(id), json);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
            throw new Xunit.Sdk.XunitException($"PUT {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Api.JsonAsync(response);
    }

    public static Task<JsonNode> PublishAsync(this HttpClient client, string id) =>
        client.PostEmptyAsync($"{DefinitionUrl(id)}/publish").ExpectAsync(HttpStatusCode.OK);

    /// <summary>Saves and publishes; returns the published version.</summary>
    public static async Task<int> DeployAsync(this HttpClient client, string json)
    {
        var saved = await client.SaveAsync(json);
        var published = await client.PublishAsync(saved.Str("definitionId"));
        return published.Int("version");
    }

    /// <summary>Starts an instance (201) and returns the response.</summary>
    public static Task<JsonNode> StartAsync(this HttpClient client, string id, object? body = null) =>
        client.PostJsonAsync($"{DefinitionUrl(id)}/instances", System.Text.Json.JsonSerializer.Serialize(body ?? new { }))
            .ExpectAsync(HttpStatusCode.Created);

    public static async Task<string> StartIdAsync(this HttpClient client, string id, object? body = null) =>
        (await client.StartAsync(id, body)).Str("instanceId");

    public static Task<JsonNode> InstanceAsync(this HttpClient client, string instanceId) =>
        client.GetOkAsync($"/api/workflow-instances/{instanceId}");

    public static async Task<JsonArray> JournalAsync(this HttpClient client, string instanceId) =>
        (await client.GetOkAsync($"/api/workflow-instances/{instanceId}/journal")).AsArray();

    /// <summary>Raises an event (200) and returns <c>{resumed, started}</c>.</summary>
    public static Task<JsonNode> RaiseAsync(this HttpClient client, string eventName, object? body = null) =>
        client.PostJsonAsync($"/api/events/{eventName}", System.Text.Json.JsonSerializer.Serialize(body ?? new { }))
            .ExpectAsync(HttpStatusCode.OK);

    /// <summary>Polls the instance until it has <paramref name="status"/>; fails with the last state after <paramref name="timeout"/>.</summary>
    public static async Task<JsonNode> WaitForStatusAsync(this HttpClient client, string instanceId, string status, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var instance = await client.InstanceAsync(instanceId);
            if (instance.Str("status") == status) return instance;
            if (watch.Elapsed > timeout)
                throw new Xunit.Sdk.XunitException($"Instance {instanceId} is not {status} after {timeout}: {instance.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    /// <summary>Polls <paramref name="probe"/> until it returns a non-null value or <paramref name="timeout"/> passes.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what) where T : class
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value) return value;
            if (watch.Elapsed > timeout) throw new Xunit.Sdk.XunitException($"Timed out after {timeout} waiting for {what}.");
            await Task.Delay(200);
        }
    }

    /// <summary>A definition id (also usable in event names) unique to one test.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
