using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>People, outbox and the recipients' side (SMS replies, link clicks) as the scenario tests use them.</summary>
internal static class NotificationApi
{
    public static async Task<string> CreatePersonAsync(this HttpClient client, object person)
    {
        var response = await client.PostAsJsonAsync("/api/people", person);
        var body = await Api.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/people: {(int)response.StatusCode} {body.ToJsonString()}");
        return body.Str("id");
    }

    /// <summary>The outbox messages of an instance (newest first).</summary>
    public static async Task<JsonArray> OutboxAsync(this HttpClient client, string instanceId)
    {
        var body = await client.GetOkAsync($"/api/outbox?instanceId={instanceId}");
        return body as JsonArray ?? body["items"]?.AsArray() ?? body["messages"]!.AsArray();
    }

    /// <summary>The message sent first to an instance's single recipient (not the fallbacks waiting in reserve).</summary>
    public static async Task<JsonNode> FirstMessageAsync(this HttpClient client, string instanceId) =>
        Assert.Single(await client.OutboxAsync(instanceId), m => m!["status"]!.GetValue<string>() != "Standby")!;

    /// <summary>Texts <paramref name="body"/> from <paramref name="from"/>, signed as Twilio signs; returns the TwiML answer.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> ReplyBySmsAsync(this HttpClient anonymous, string from, string body, string? messageSid = null, string? signature = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = messageSid ?? $"SM{Guid.NewGuid():N}",
            ["AccountSid"] = "AC00000000000000000000000000000001",
            ["From"] = from,
            ["To"] = "+15005550006",
            ["Body"] = body,
            ["NumMedia"] = "0",
        };
        const string path = "/api/sms/twilio/inbound";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.Header, signature ?? TwilioSignature.Compute(NotificationScenarioServer.AuthToken, NotificationScenarioServer.PublicBaseUrl + path, form));
        var response = await anonymous.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The path of an absolute acknowledgement link, for the test client.</summary>
    public static string PathOf(string ackUrl) => new Uri(ackUrl).PathAndQuery;
}
