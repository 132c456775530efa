using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Templates;

/// <summary>Template API calls the tests share, asserting the happy path.</summary>
public static class TemplateCalls
{
    /// <summary>POST /api/templates/preview; expects 200 and returns the preview.</summary>
    public static Task<JsonNode> PreviewAsync(HttpClient client, object body) =>
        client.PostJsonAsync("/api/templates/preview", JsonSerializer.Serialize(body)).ExpectAsync(HttpStatusCode.OK);
}
