using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>HTTP and JSON helpers that keep assertions about the contract short.</summary>
public static class Api
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) => client.PutAsync(url, Json(json));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) => client.PostAsync(url, Json(json));

    /// <summary>POST with an empty body (no content at all).</summary>
    public static Task<HttpResponseMessage> PostEmptyAsync(this HttpClient client, string url) => client.PostAsync(url, null);

    /// <summary>Reads the body as JSON (an object or array), failing with the body when it is not.</summary>
    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonNode.Parse(text) ?? throw new InvalidOperationException("null body");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode}: the body is not JSON: {text}");
        }
    }

    /// <summary>Asserts the status code (showing the body on failure) and returns the JSON body.</summary>
    public static async Task<JsonNode> ExpectAsync(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        return await ExpectAsync(response, status);
    }

    public static async Task<JsonNode> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
            throw new Xunit.Sdk.XunitException($"Expected {(int)status} {status} but got {(int)response.StatusCode} {response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 9457 problem with this status; returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        return await ProblemAsync(response, status);
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
            throw new Xunit.Sdk.XunitException($"Expected {(int)status} {status} but got {(int)response.StatusCode} {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Assert.IsType<JsonObject>(JsonNode.Parse(text));
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()), text);
        return problem;
    }

    /// <summary>The 400 problem's <c>errors</c> (JSON path → messages).</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(this Task<HttpResponseMessage> call)
    {
        var problem = await call.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = Assert.IsType<JsonObject>(problem["errors"]);
        return errors.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
    }

    /// <summary>Asserts that <paramref name="node"/> is an object with every one of <paramref name="names"/>, spelled exactly.</summary>
    public static JsonObject HasFields(this JsonNode? node, params string[] names)
    {
        var obj = Assert.IsType<JsonObject>(node);
        var missing = names.Where(n => !obj.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new Xunit.Sdk.XunitException($"Missing field(s) {string.Join(", ", missing)} in {obj.ToJsonString()}");
        return obj;
    }

    public static string Str(this JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No string '{name}' in {node?.ToJsonString()}");

    public static int Int(this JsonNode? node, string name) =>
        node?[name]?.GetValue<int>() ?? throw new Xunit.Sdk.XunitException($"No number '{name}' in {node?.ToJsonString()}");

    public static Task<JsonNode> GetOkAsync(this HttpClient client, string url) => client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
}
