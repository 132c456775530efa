using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>
/// Paging with acknowledgement end to end, on a fake clock: a workflow notifies people, the outbox holds what they
/// would receive, and the test answers as they would (an SMS reply signed as Twilio signs it, a click on the link).
/// </summary>
public abstract class NotificationScenarioTests(NotificationScenarioServer server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Phone() => $"+49151{Random.Shared.Next(10_000_000, 99_999_999)}";

    private async Task<(HttpClient Client, string InstanceId, string PersonId, string Phone)> PageOneAsync(string mode = "Any", object? person = null)
    {
        var client = await Coordinator();
        var phone = Phone();
        var personId = await client.CreatePersonAsync(person ?? new { name = "Ana Responder", phone, email = "ana@example.org", channels = new[] { "Sms", "Email" } });
        var id = WorkflowApi.NewId("page");
        await client.DeployAsync(NotificationFlows.PageAndWait(id, mode));
        var instanceId = await client.StartIdAsync(id, new { input = new { people = new[] { personId }, title = "Flood in DC1" } });
        return (client, instanceId, personId, phone);
    }

    [Fact]
    public async Task A_page_nobody_answers_times_out_and_says_who_is_still_pending()
    {
        var (client, instanceId, personId, _) = await PageOneAsync();
        Assert.Equal("Suspended", (await client.InstanceAsync(instanceId)).Str("status"));

        await server.Factory.AdvanceAsync(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", instance.Str("status"));
        Assert.Equal("timed out", instance["variables"]!.Str("result"));
        var journal = await client.JournalAsync(instanceId);
        Assert.Contains(journal, e => e.Str("activityId") == "wait" && e?["outcome"]?.GetValue<string>() == "TimedOut");
        var messages = await client.OutboxAsync(instanceId);
        var sms = Assert.Single(messages, m => m.Str("status") != "Standby");
        Assert.Equal("Sms", sms.Str("channel"));
        Assert.Equal(personId, sms.Str("personId"));
        // The email waits in reserve: sent only if the SMS fails for good.
        Assert.Equal("Email", Assert.Single(messages, m => m.Str("status") == "Standby").Str("channel"));
    }

    [Fact]
    public async Task A_reply_with_the_code_confirms_and_resumes_the_workflow()
    {
        var (client, instanceId, _, phone) = await PageOneAsync();
        var sms = await client.FirstMessageAsync(instanceId);
        var code = sms.Str("replyCode");
        Assert.Contains($"Reply {code} to confirm", sms.Str("body"), StringComparison.Ordinal);
        Assert.Contains("Flood in DC1", sms.Str("body"), StringComparison.Ordinal);

        var (status, twiml) = await server.Anonymous().ReplyBySmsAsync(phone, $" \"{code}\" ");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<Response>", twiml, StringComparison.Ordinal);

        var instance = await client.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("acknowledged", instance["variables"]!.Str("result"));
    }

    [Fact]
    public async Task A_click_on_the_link_confirms_but_opening_it_changes_nothing()
    {
        var (client, instanceId, _, _) = await PageOneAsync();
        var ackUrl = (await client.FirstMessageAsync(instanceId)).Str("ackUrl");
        Assert.StartsWith(NotificationScenarioServer.PublicBaseUrl + "/ack/", ackUrl, StringComparison.Ordinal);
        var browser = server.Anonymous();

        var page = await browser.GetAsync(NotificationApi.PathOf(ackUrl));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Flood in DC1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Suspended", (await client.InstanceAsync(instanceId)).Str("status"));

        var confirmed = await browser.PostAsync(NotificationApi.PathOf(ackUrl), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var instance = await client.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("acknowledged", instance["variables"]!.Str("result"));
    }

    [Fact]
    public async Task After_STOP_the_next_page_goes_by_email()
    {
        var (client, first, personId, phone) = await PageOneAsync();
        Assert.Equal("Sms", (await client.FirstMessageAsync(first)).Str("channel"));

        var (status, _) = await server.Anonymous().ReplyBySmsAsync(phone, "STOP");
        Assert.Equal(HttpStatusCode.OK, status);

        var id = WorkflowApi.NewId("page");
        await client.DeployAsync(NotificationFlows.PageAndWait(id));
        var second = await client.StartIdAsync(id, new { input = new { people = new[] { personId }, title = "Flood in DC1" } });
        var messages = await client.OutboxAsync(second);
        var email = Assert.Single(messages);
        Assert.Equal("Email", email.Str("channel"));
        Assert.Equal("Pending", email.Str("status"));
        Assert.Equal("ana@example.org", email.Str("recipient"));
        Assert.Contains("/ack/", email.Str("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_people_cannot_text_back_the_SMS_carries_the_link_and_an_email_follows()
    {
        var phone = $"+86138{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (client, instanceId, _, _) = await PageOneAsync(person: new { name = "李雷", phone, email = "li@example.cn", language = "zh-CN", channels = new[] { "Sms", "Email" } });

        var messages = await client.OutboxAsync(instanceId);
        var sms = Assert.Single(messages, m => m.Str("channel") == "Sms");
        var email = Assert.Single(messages, m => m.Str("channel") == "Email");
        Assert.Contains("/ack/", sms.Str("body"), StringComparison.Ordinal);
        Assert.Null(sms!["replyCode"]?.GetValue<string>());
        Assert.Equal("Pending", email.Str("status"));
    }

    [Fact]
    public async Task All_mode_waits_for_everyone_and_reports_who_confirmed()
    {
        var client = await Coordinator();
        var (phoneA, phoneB) = (Phone(), Phone());
        var a = await client.CreatePersonAsync(new { name = "A", phone = phoneA, channels = new[] { "Sms" } });
        var b = await client.CreatePersonAsync(new { name = "B", phone = phoneB, channels = new[] { "Sms" } });
        var id = WorkflowApi.NewId("all");
        await client.DeployAsync(NotificationFlows.PageAndWait(id, mode: "All"));
        var instanceId = await client.StartIdAsync(id, new { input = new { people = new[] { a, b }, title = "Fire" } });
        var codes = (await client.OutboxAsync(instanceId)).ToDictionary(m => m.Str("personId"), m => m.Str("replyCode"));

        await server.Anonymous().ReplyBySmsAsync(phoneA, codes[a]);
        await Task.Delay(200);
        Assert.Equal("Suspended", (await client.InstanceAsync(instanceId)).Str("status"));
        await server.Anonymous().ReplyBySmsAsync(phoneB, "YES");

        var instance = await client.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("acknowledged", instance["variables"]!.Str("result"));
    }

    [Fact]
    public async Task Paging_a_BCM_role_reaches_everyone_holding_it_and_an_empty_role_is_reported_unreachable()
    {
        var client = await Coordinator();
        var role = $"duty-{Guid.NewGuid():N}"[..17];
        var empty = $"empty-{Guid.NewGuid():N}"[..18];
        foreach (var r in new[] { role, empty })
            await client.PutAsync($"/api/bcm-roles/{r}", Api.Json($$"""{ "name": "{{r}}" }""")).ExpectAsync(HttpStatusCode.Created);
        var a = await client.CreatePersonAsync(new { name = "Primary", phone = Phone(), channels = new[] { "Sms" } });
        var b = await client.CreatePersonAsync(new { name = "Deputy", phone = Phone(), channels = new[] { "Sms" } });
        await client.PutAsync($"/api/bcm-roles/{role}/holders", Api.Json($$"""[ { "personId": "{{b}}", "rank": 2 }, { "personId": "{{a}}" } ]""")).ExpectAsync(HttpStatusCode.OK);
        var id = WorkflowApi.NewId("role");
        await client.DeployAsync(NotificationFlows.PageAndWait(id));

        var instanceId = await client.StartIdAsync(id, new { input = new { people = new[] { $"role:{role}", $"person:{a}", $"role:{empty}" }, title = "Power cut" } });

        // Each holder once, although the primary is also named directly.
        var paged = (await client.OutboxAsync(instanceId)).Select(m => m.Str("personId")).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), paged);
        var journal = await client.JournalAsync(instanceId);
        Assert.Contains(journal, e => e?["message"]?.GetValue<string>()?.Contains($"role:{empty}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_template_error_faults_the_activity_with_an_incident_naming_line_and_column()
    {
        var client = await Coordinator();
        var person = await client.CreatePersonAsync(new { name = "C", phone = Phone(), channels = new[] { "Sms" } });
        var id = WorkflowApi.NewId("bad");
        // Parses (so the definition publishes), fails when rendered: no such function on line 2.
        await client.DeployAsync(NotificationFlows.PageAndWait(id, text: "Hello\n{{ title | string.shout }}"));
        var instanceId = await client.StartIdAsync(id, new { input = new { people = new[] { person }, title = "x" } });

        var instance = await client.InstanceAsync(instanceId);
        Assert.Equal("Faulted", instance.Str("status"));
        var message = Assert.Single(instance["incidents"]!.AsArray()).Str("message");
        Assert.Contains("line 2, column", message, StringComparison.Ordinal);
        Assert.Contains("string.shout", message, StringComparison.Ordinal);
        Assert.Empty(await client.OutboxAsync(instanceId));
    }
}

public sealed class NotificationScenarioTests_Sqlite(SqliteNotificationScenarioServer server)
    : NotificationScenarioTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class NotificationScenarioTests_Postgres(PostgresNotificationScenarioServer server)
    : NotificationScenarioTests(server), IClassFixture<PostgresNotificationScenarioServer>;
